// Child process of export-temp.test.ts: an export into argv[2] that never finishes (its
// source yields forever), to be killed with SIGKILL mid-way.
import { writeFileAtomically } from '../../../src/main/core/export/atomic-file';

async function* forever() {
  for (;;) {
    yield 'filing_id,form,company\n';
    await new Promise((r) => setTimeout(r, 5));
  }
}

void writeFileAtomically(process.argv[2]!, forever());
