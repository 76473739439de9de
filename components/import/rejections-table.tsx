import { RecordText } from "@/components/record-text";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { formatCount } from "@/lib/format/format-count";
import { rejectionPosition, type Rejection } from "@/lib/import/import-report";

/**
 * The records that were not loaded, where they are and why. A reason can quote the file's
 * own text, which whoever wrote the file chose: it is drawn as record text.
 */
export function RejectionsTable({
  rejections,
  omitted,
}: {
  rejections: Rejection[];
  omitted: number;
}) {
  return (
    <section aria-labelledby="rejections" className="flex flex-col gap-2">
      <h3 id="rejections" className="text-sm font-semibold">
        Rejected records
      </h3>
      <Table>
        <caption className="sr-only">Records that were not loaded, with why</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">File</TableHead>
            <TableHead scope="col">Position</TableHead>
            <TableHead scope="col">Reason</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rejections.map((rejection, index) => (
            <TableRow key={index} className="align-top">
              <TableCell className="max-w-xs font-mono text-xs break-all">
                <RecordText value={rejection.file} />
              </TableCell>
              <TableCell className="text-xs whitespace-nowrap">
                {rejectionPosition(rejection)}
              </TableCell>
              <TableCell className="text-xs break-words">
                <RecordText value={rejection.reason} max={500} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {omitted > 0 && (
        <p className="text-xs text-muted-foreground">
          And {formatCount(omitted, "more rejection")}, not listed.
        </p>
      )}
    </section>
  );
}
