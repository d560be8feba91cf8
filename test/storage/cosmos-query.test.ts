// The Cosmos SQL the adapter sends: parameters for every value, bracketed field paths.

import { describe, expect, it } from 'vitest';
import { countQuery, selectQuery } from '../../services/storage/cosmos/cosmos-query.js';
import { checkQuerySpec } from '../../services/storage/query-check.js';

describe('cosmos query translation', () => {
  it('parameterises values and brackets field paths', () => {
    const spec = checkQuerySpec({
      where: [
        { field: 'status', op: '=', value: "x' OR 1=1 --" },
        { field: 'tags', op: 'contains', value: 'urgent' },
        { field: 'times.created', op: '>=', value: 5 },
      ],
      orderBy: { field: 'createdAt', direction: 'desc' },
      top: 10,
    });
    expect(selectQuery(spec)).toEqual({
      query:
        'SELECT TOP 10 * FROM c WHERE c["status"] = @p0 AND ARRAY_CONTAINS(c["tags"], @p1) ' +
        'AND c["times"]["created"] >= @p2 ORDER BY c["createdAt"] DESC',
      parameters: [
        { name: '@p0', value: "x' OR 1=1 --" },
        { name: '@p1', value: 'urgent' },
        { name: '@p2', value: 5 },
      ],
    });
  });

  it('projects id first, states the partition in WHERE, and counts with VALUE COUNT(1)', () => {
    const spec = checkQuerySpec({ where: [{ field: 'open', op: '!=', value: true }], select: ['name', 'id'] });
    expect(selectQuery(spec, { field: 'tenant', value: 't1' })).toEqual({
      query: 'SELECT c["id"], c["name"] FROM c WHERE c["tenant"] = @p0 AND (IS_BOOL(c["open"]) AND c["open"] != @p1)',
      parameters: [
        { name: '@p0', value: 't1' },
        { name: '@p1', value: true },
      ],
    });
    expect(countQuery(checkQuerySpec({ where: [{ field: 'x', op: 'in', values: [] }] }))).toEqual({
      query: 'SELECT VALUE COUNT(1) FROM c WHERE false',
      parameters: [],
    });
  });
});
