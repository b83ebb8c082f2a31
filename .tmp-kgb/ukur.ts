import { bukaPglite } from '@simasn/db';
import { ukurKgb } from '../bench/kgb.ts';
const db = await bukaPglite(process.argv[2]!);
console.log(JSON.stringify(await ukurKgb(db)));
await db.close();
