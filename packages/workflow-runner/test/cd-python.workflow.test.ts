// examples/workflows/cd-python.yml, the Python counterpart of cd.yml, run end
// to end through the local runner over the Python example: the same pipeline,
// held to the same tests (cd-pipeline.ts).
import { describeCdWorkflow } from './cd-pipeline.js';

describeCdWorkflow('cd-python.yml', 'tiny-lm-python', 'actions/setup-python@v6');
