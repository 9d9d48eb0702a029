// Export and import of records as files. Export is a Blob download; import reads one chosen file as text and
// hands it to parseRecordText, which refuses anything that is not exactly a record.

import { RECORD_MAX_BYTES, recordFileName, serialiseRecord, type EvidenceRecord } from '../../debrief/record';
import { parseRecordText, refuse, type ParseResult } from '../../debrief/record-parse';

export function downloadRecord(record: EvidenceRecord): void {
  const blob = new Blob([serialiseRecord(record)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = recordFileName(record);
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readRecordFile(file: File): Promise<ParseResult> {
  if (file.size > RECORD_MAX_BYTES) return refuse('too-large');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('not-json');
  }
  return parseRecordText(text);
}
