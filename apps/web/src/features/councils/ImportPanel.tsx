import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, FileInput, Group, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { CouncilImportRow, ImportCouncilMembersMutation } from '../../gql/graphql';
import { CouncilQuery, ImportMembersMutation, PendingMembersQuery } from './graphql';
import { guessMapping, IMPORT_FIELDS, readSpreadsheet, type ImportField, type Sheet } from './spreadsheet';

/** The rows one call takes (the API's limit). */
const BATCH = 500;
const PREVIEW_ROWS = 5;

type Report = NonNullable<ImportCouncilMembersMutation['importCouncilMembers']['report']>;
type RowResult = Report['rows'][number] & { sheetRow: number };

interface Totals {
  matched: number;
  created: number;
  alreadyMembers: number;
  refused: number;
  rows: RowResult[];
}

const OUTCOMES: Record<RowResult['outcome'], { label: string; color: string }> = {
  MATCHED_BY_REGISTER_NUMBER: { label: 'matched by register number', color: 'teal' },
  MATCHED_BY_NAME_AND_PLACE: { label: 'matched by name and place', color: 'teal' },
  CREATED: { label: 'new profile', color: 'blue' },
  ALREADY_MEMBER: { label: 'already a member', color: 'gray' },
  REFUSED: { label: 'refused', color: 'red' },
};

/**
 * Organisers: bring in the council's member list from a spreadsheet. Choose the file, say which
 * column is which (a guess from the headers to start), see the first rows as they will be read,
 * check the whole list (a dry run: what would match, be made or be refused), then bring it in.
 */
export function ImportPanel({ councilId }: { councilId: string }) {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [mapping, setMapping] = useState<Record<ImportField, number | null> | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<Totals | null>(null);
  const [done, setDone] = useState<Totals | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [run] = useMutation(ImportMembersMutation);
  const [runReal] = useMutation(ImportMembersMutation, { refetchQueries: [CouncilQuery, PendingMembersQuery, 'CouncilMembers', 'CouncilDashboard'] });

  const choose = async (file: File | null) => {
    setSheet(null);
    setChecked(null);
    setDone(null);
    setReadProblem(null);
    if (!file) return;
    try {
      const read = await readSpreadsheet(file);
      setSheet(read);
      setMapping(guessMapping(read.headers));
    } catch (error) {
      setReadProblem(error instanceof Error ? error.message : 'The file could not be read.');
    }
  };

  const rowsFor = (s: Sheet, m: Record<ImportField, number | null>): CouncilImportRow[] =>
    s.rows.map((cells) => Object.fromEntries(IMPORT_FIELDS.map(({ field }) => [field, m[field] === null ? null : (cells[m[field]!] ?? '').trim() || null])));

  const send = async (dryRun: boolean): Promise<Totals | null> => {
    if (!sheet || !mapping) return null;
    const rows = rowsFor(sheet, mapping);
    const totals: Totals = { matched: 0, created: 0, alreadyMembers: 0, refused: 0, rows: [] };
    // A check runs each batch on its own: a co-op an earlier batch named is counted as the import will.
    const named = new Set<string>();
    setProblem(null);
    for (let start = 0; start < rows.length; start += BATCH) {
      setProgress(start / rows.length);
      const mutate = dryRun ? run : runReal;
      const { data } = await mutate({ variables: { input: { councilId, rows: rows.slice(start, start + BATCH), dryRun } } });
      const result = data?.importCouncilMembers;
      if (!result?.report) {
        setProblem(result?.errors[0]?.message ?? 'The list could not be sent. Please try again.');
        setProgress(null);
        return null;
      }
      for (const r of result.report.rows) {
        const again = r.coop && named.has(r.coop.id) && r.outcome !== 'ALREADY_MEMBER';
        if (r.coop) named.add(r.coop.id);
        const outcome = again ? 'ALREADY_MEMBER' : r.outcome;
        if (outcome === 'MATCHED_BY_REGISTER_NUMBER' || outcome === 'MATCHED_BY_NAME_AND_PLACE') totals.matched += 1;
        else if (outcome === 'CREATED') totals.created += 1;
        else if (outcome === 'ALREADY_MEMBER') totals.alreadyMembers += 1;
        else totals.refused += 1;
        // Row 1 of the sheet is its header, so the list's first row is the sheet's row 2.
        totals.rows.push({ ...r, outcome, message: again ? 'An earlier row named the same co-op.' : r.message, sheetRow: start + r.row + 1 });
      }
    }
    setProgress(null);
    return totals;
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        Bring in your member list
      </Title>
      <Text size="sm" c="dimmed">
        A CSV or Excel (.xlsx) file with a header row. Each row is matched to a co-op already on Principle Six (by register number, then by
        name and town) before a new profile is made. Co-ops whose people are on Principle Six are invited and join when they accept.
      </Text>
      <FileInput
        label="Spreadsheet"
        placeholder="Choose a .csv or .xlsx file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={16} />}
        onChange={(file) => void choose(file)}
        clearable
        maw={420}
        error={readProblem}
      />
      {sheet && mapping && (
        <>
          <Text size="sm">
            {sheet.rows.length.toLocaleString('en-GB')} rows. Which column holds what?
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
            {IMPORT_FIELDS.map(({ field, label, required }) => (
              <Select
                key={field}
                label={label}
                required={required}
                placeholder="Not in the list"
                data={sheet.headers.map((h, i) => ({ value: String(i), label: h }))}
                value={mapping[field] === null ? null : String(mapping[field])}
                onChange={(v) => {
                  setMapping({ ...mapping, [field]: v === null ? null : Number(v) });
                  setChecked(null);
                  setDone(null);
                }}
                clearable={!required}
              />
            ))}
          </SimpleGrid>
          <Table.ScrollContainer minWidth={600}>
            <Table withTableBorder>
              <Table.Caption>The first {Math.min(PREVIEW_ROWS, sheet.rows.length)} rows, as they will be read</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {IMPORT_FIELDS.map(({ field, label }) => (
                    <Table.Th key={field}>{label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rowsFor({ ...sheet, rows: sheet.rows.slice(0, PREVIEW_ROWS) }, mapping).map((row, i) => (
                  <Table.Tr key={i}>
                    {IMPORT_FIELDS.map(({ field }) => (
                      <Table.Td key={field} style={{ maxWidth: 260 }}>
                        <Text size="sm" lineClamp={2}>
                          {row[field] ?? '—'}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {progress !== null && <Progress value={progress * 100} aria-label="Sending the list" animated />}
          <Group>
            <Button variant="light" disabled={mapping.name === null || progress !== null || !!done} onClick={async () => setChecked(await send(true))}>
              Check the list
            </Button>
            <Button
              disabled={!checked || progress !== null || !!done}
              onClick={async () => {
                setDone(await send(false));
              }}
            >
              Bring them in
            </Button>
          </Group>
          {(done ?? checked) && <ImportReport totals={(done ?? checked)!} final={!!done} />}
        </>
      )}
    </Stack>
  );
}

function ImportReport({ totals, final }: { totals: Totals; final: boolean }) {
  // Refused rows and rows with a note first, then every other row: each row's outcome is shown.
  const refused = totals.rows.filter((r) => r.outcome === 'REFUSED');
  const notes = [...totals.rows.filter((r) => r.outcome !== 'REFUSED' && r.message), ...totals.rows.filter((r) => r.outcome !== 'REFUSED' && !r.message)];
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text fw={600}>{final ? 'Brought in:' : 'If you bring it in:'}</Text>
      <Group gap="xs">
        <Badge color="teal" size="lg">
          {totals.matched} matched
        </Badge>
        <Badge color="blue" size="lg">
          {totals.created} new profiles
        </Badge>
        <Badge color="gray" size="lg">
          {totals.alreadyMembers} already {totals.alreadyMembers === 1 ? 'a member' : 'members'}
        </Badge>
        <Badge color="red" size="lg">
          {totals.refused} refused
        </Badge>
      </Group>
      {[...refused, ...notes].length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>Each row (the first 1,000): refused ones and ones with a note first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Sheet row</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Co-op</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...refused, ...notes].slice(0, 1000).map((r) => (
                <Table.Tr key={r.sheetRow}>
                  <Table.Td>{r.sheetRow}</Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOMES[r.outcome].color} variant="light">
                      {OUTCOMES[r.outcome].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.coop?.name ?? '—'}</Table.Td>
                  <Table.Td>{r.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
