export { ASSUMPTIONS } from './assumptions';
export { LEVERS } from './levers';
export { ROLES } from './roles';
export { STAKEHOLDERS } from './stakeholders';
export { fx, policyKey, rx, POLICY_NS } from './helpers';
