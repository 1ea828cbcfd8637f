import { runAction, core } from '@mlops-actions/action-kit';
export async function run(): Promise<void> {
  await runAction('build', async () => {
    core.info('hi');
  });
}
