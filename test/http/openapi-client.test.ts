import { describe, expect, it } from 'vitest';
import { committedClientSchema, generateClientSchema } from '../../scripts/openapi.ts';

describe('the typed API client of the web app', () => {
  it('is generated from the current OpenAPI document (run `npm run api:generate` when this fails)', async () => {
    const [fresh, committed] = await Promise.all([generateClientSchema(), committedClientSchema()]);
    expect(committed, 'web/src/api/schema.d.ts is stale: run `npm run api:generate`').toBe(fresh);
  });
});
