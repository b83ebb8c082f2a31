/**
 * SQL is written as tagged templates: values become parameters ($1, $2...), never text.
 * `join`, `raw` and `empty` compose fragments (raw only ever receives constants from code).
 */
export { default as sql, join, raw, empty, Sql, bulk } from 'sql-template-tag';
