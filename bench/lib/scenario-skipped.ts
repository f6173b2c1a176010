/**
 * Thrown when a server cannot be had on this machine for a reason outside the code under test
 * (apache2 neither installed nor installable, no pm2): its scenarios are reported as skipped,
 * with the reason, and the run does not fail for them.
 */
export class ScenarioSkipped extends Error {}
