// The same cube as `roireport benchmark`, computed by DuckDB: every wave, every combination of
// segment, industry and employees (with "all"), the count, type-7 quantiles and mean of both
// channels' hourly returns, the type-7 quantiles of each firm's gap between them, the shares of
// firms whose social-media return is at least their other-marketing one and above their staff cost
// per hour, and the bounds of the share with a positive return; then the same figures for every
// band of the four cuts, for all firms and each segment. Usage: node duckdb-cube.mjs SURVEY.csv OUT.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [input, output] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const quantiles = '[0.1, 0.25, 0.5, 0.75, 0.9]';
// The figures of a group and of a band of a cut alike.
const figures = `
  count(*) AS respondents,
  count(hr) AS n, quantile_cont(hr, ${quantiles}) AS hourly_return, avg(hr) AS mean,
  count(ohr) AS n_other, quantile_cont(ohr, ${quantiles}) AS other_hourly_return, avg(ohr) AS other_mean,
  avg(CASE WHEN hr IS NOT NULL AND ohr IS NOT NULL THEN (hr >= ohr)::INT END) AS share_sm_ge_other,
  quantile_cont(hr - ohr, ${quantiles}) AS sm_minus_other,
  count(*) FILTER (hr > 0) / (count(hr) + count(*) FILTER (unattributed)) AS share_positive_low,
  (count(*) FILTER (hr > 0) + count(*) FILTER (unattributed)) / (count(hr) + count(*) FILTER (unattributed)) AS share_positive_high,
  count(*) FILTER (hr IS NOT NULL AND staff IS NOT NULL) AS n_staff_cost,
  avg((hr > staff)::INT) AS share_above_staff_cost`;
// Each cut's bands, for all firms and each segment: the default bands of roireport.yml.
const cut = (name, band) => `
  SELECT survey_year, segment, NULL AS industry, NULL AS employees, '${name}' AS cut, ${band} AS band, ${figures}
  FROM firms WHERE ${band} IS NOT NULL
  GROUP BY survey_year, GROUPING SETS ((segment, ${band}), (${band}))`;
const banded = (column, edges) =>
  `CASE WHEN ${column} IS NULL THEN NULL ${edges.map((edge, i) =>
    `WHEN ${column} < ${edge} THEN '${i === 0 ? `<${edge}` : `${edges[i - 1]}-${edge}`}'`).join(' ')} ELSE '${edges.at(-1)}+' END`;
await connection.run(`
  COPY (
    WITH firms AS (
      SELECT survey_year, segment, industry, employees,
             (sm_sales - sm_direct_costs) / NULLIF(sm_hours, 0) AS hr,
             (other_sales - other_direct_costs) / NULLIF(other_hours, 0) AS ohr,
             sm_sales IS NULL AND sm_hours > 0 AS unattributed,
             sm_staff_cost_per_hour AS staff,
             sales_cycle_months, sm_hours / 52 AS sm_hours_per_week, sm_years, sm_primary_platform
      FROM read_csv('${input.replaceAll("'", "''")}', header = true)
    )
    SELECT survey_year, segment, industry, employees, NULL AS cut, NULL AS band, ${figures}
    FROM firms
    GROUP BY survey_year, CUBE (segment, industry, employees)
    UNION ALL ${cut('sales_cycle_months', banded('sales_cycle_months', [3, 12]))}
    UNION ALL ${cut('sm_hours_per_week', banded('sm_hours_per_week', [2, 5, 10, 20]))}
    UNION ALL ${cut('sm_years', banded('sm_years', [1, 3]))}
    UNION ALL ${cut('sm_primary_platform', 'sm_primary_platform')}
  ) TO '${output.replaceAll("'", "''")}' (HEADER)`);
connection.closeSync();
