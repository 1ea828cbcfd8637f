// ModelPack's own schema of a model config, for tests that check what the
// model store wrote (fixtures/README.md says where the schema comes from).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const validate = (() => {
  const schema = JSON.parse(
    readFileSync(new URL('../../fixtures/modelpack-config-schema.json', import.meta.url), 'utf8'),
  ) as object;
  const ajv = new Ajv2020({ allErrors: true });
  // The schema's only format: RFC 3339 date-time (section 5.6), as Date.parse reads it strictly enough here.
  ajv.addFormat(
    'date-time',
    (value: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) &&
      !Number.isNaN(Date.parse(value)),
  );
  return ajv.compile(schema);
})();

/** What is wrong with a ModelPack config against the spec's schema: empty when it is valid. */
export function modelPackConfigProblems(config: unknown): string[] {
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
