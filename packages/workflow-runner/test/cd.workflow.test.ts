// examples/workflows/cd.yml, the file users copy, run end to end through the
// local runner over the Node example (the tests themselves: cd-pipeline.ts,
// shared with cd-python.yml's).
import { describeCdWorkflow } from './cd-pipeline.js';

describeCdWorkflow('cd.yml', 'tiny-lm-node', 'actions/setup-node@v5');
