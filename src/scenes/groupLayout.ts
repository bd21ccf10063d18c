/** Pure geometry for the stakeholder board under the meters, testable without a canvas. */
export interface GroupTile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

/** How much of the stage the board takes: enough for two rows of tiles, never most of it. */
export function groupBoardHeight(stageHeight: number): number {
  return Math.round(Math.max(92, Math.min(190, stageHeight * 0.32)));
}

/** Tiles in a grid of 5 columns (2 rows for 10 groups), inside the given rectangle. */
export function layoutGroups(
  x: number,
  y: number,
  width: number,
  height: number,
  count: number,
): GroupTile[] {
  const columns = Math.min(5, Math.max(1, count));
  const rows = Math.max(1, Math.ceil(count / columns));
  const gap = Math.max(3, Math.round(width * 0.008));
  const tileWidth = (width - gap * (columns - 1)) / columns;
  const tileHeight = (height - gap * (rows - 1)) / rows;
  const fontSize = Math.round(Math.max(10, Math.min(16, tileHeight * 0.26, tileWidth / 7)));
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round(x + (i % columns) * (tileWidth + gap)),
    y: Math.round(y + Math.floor(i / columns) * (tileHeight + gap)),
    // A stage too small for the board (hidden, or collapsing) gets empty tiles, never negative
    // ones: the 2D canvas throws on the negative corner radius they would lead to.
    width: Math.max(0, Math.floor(tileWidth)),
    height: Math.max(0, Math.floor(tileHeight)),
    fontSize,
  }));
}

/** The same colour bands as the meters: good, middling, poor approval. */
export function approvalColor(value: number): number {
  if (value >= 60) return 0x3fb59a;
  if (value >= 40) return 0xe0a93b;
  return 0xe0605a;
}
