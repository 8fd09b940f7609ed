// The engine's entry point: `sqlj-engine-duckdb parse | info | parse-batch`, one protobuf
// message on stdin (read to EOF), one on stdout. SQL problems are diagnostics and exit 0; a
// request that cannot be decoded or a failure of the engine exits 1, usage 2.
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { readFileSync } from 'node:fs';
import {
  BatchParseRequestSchema, BatchParseResponseSchema, EngineInfoSchema, ParseRequestSchema, ParseResponseSchema,
} from '../gen/sqlj/engine/v1/engine_pb.js';
import { Session } from './session.js';

const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

async function answer(verb, input) {
  switch (verb) {
    case 'info':
      return toBinary(EngineInfoSchema, create(EngineInfoSchema, {
        name: 'duckdb', version: VERSION, protocolVersion: 1, features: ['batch', 'optional', 'sort', 'embed_list'],
      }));
    case 'parse': {
      const request = decode(ParseRequestSchema, input, verb);
      const session = await open(request.schemaSource);
      return toBinary(ParseResponseSchema, await session.parse(request));
    }
    case 'parse-batch': {
      const batch = decode(BatchParseRequestSchema, input, verb);
      const session = await open(batch.schemaSource);
      const response = create(BatchParseResponseSchema);
      for (const request of batch.requests) response.responses.push(await session.parse(request));
      return toBinary(BatchParseResponseSchema, response);
    }
    default:
      return undefined;
  }
}

function open(source) {
  if (source.case === 'connectionParams') return Session.open('', source.value.dsn);
  return Session.open(source.case === 'schemaSql' ? source.value : '', undefined);
}

class BadRequest extends Error {}

function decode(schema, bytes, verb) {
  try {
    return fromBinary(schema, bytes);
  } catch (e) {
    throw new BadRequest(`cannot decode the ${verb} request on stdin: ${e.message}`);
  }
}

async function main(args) {
  const verb = args.length === 1 ? args[0] : '';
  if (!['info', 'parse', 'parse-batch'].includes(verb)) {
    process.stderr.write(`duckdb engine: unknown command line: ${args.join(' ')}\nusage: sqlj-engine-duckdb parse | info | parse-batch\n`);
    return 2;
  }
  try {
    const input = verb === 'info' ? new Uint8Array() : new Uint8Array(readFileSync(0));
    const output = await answer(verb, input);
    await new Promise((resolve, reject) => process.stdout.write(output, (e) => (e ? reject(e) : resolve())));
    return 0;
  } catch (e) {
    process.stderr.write(`duckdb engine${e instanceof BadRequest ? '' : ' failed'}: ${e.message}\n`);
    if (process.env.SQLJ_ENGINE_DEBUG === '1') process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
