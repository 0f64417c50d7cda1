import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, FileInput, Group, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Each outcome's colour; its words are `import.outcome.<outcome>`. */
const OUTCOME_COLOURS: Record<RowResult['outcome'], string> = {
  MATCHED_BY_REGISTER_NUMBER: 'teal',
  MATCHED_BY_NAME_AND_PLACE: 'teal',
  CREATED: 'blue',
  ALREADY_MEMBER: 'gray',
  REFUSED: 'red',
};

/** The most rows the report lists. */
const REPORT_ROWS = 1000;

/**
 * Organisers: bring in the council's member list from a spreadsheet. Choose the file, say which
 * column is which (a guess from the headers to start), see the first rows as they will be read,
 * check the whole list (a dry run: what would match, be made or be refused), then bring it in.
 */
export function ImportPanel({ councilId }: { councilId: string }) {
  const { t } = useTranslation('councils');
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
      const read = await readSpreadsheet(file, t);
      setSheet(read);
      setMapping(guessMapping(read.headers));
    } catch (error) {
      setReadProblem(error instanceof Error ? error.message : t('import.unreadable'));
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
        setProblem(result?.errors[0]?.message ?? t('import.notSent'));
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
        totals.rows.push({ ...r, outcome, message: again ? t('import.sameCoop') : r.message, sheetRow: start + r.row + 1 });
      }
    }
    setProgress(null);
    return totals;
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('import.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('import.intro')}
      </Text>
      <FileInput
        label={t('import.file')}
        placeholder={t('import.filePlaceholder')}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={16} />}
        onChange={(file) => void choose(file)}
        clearable
        maw={420}
        error={readProblem}
      />
      {sheet && mapping && (
        <>
          <Text size="sm">{t('import.rows', { count: sheet.rows.length })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
            {IMPORT_FIELDS.map(({ field, required }) => (
              <Select
                key={field}
                label={t(`import.field.${field}`)}
                required={required}
                placeholder={t('import.notInList')}
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
              <Table.Caption>{t('import.preview', { count: Math.min(PREVIEW_ROWS, sheet.rows.length) })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {IMPORT_FIELDS.map(({ field }) => (
                    <Table.Th key={field}>{t(`import.field.${field}`)}</Table.Th>
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
          {progress !== null && <Progress value={progress * 100} aria-label={t('import.sending')} animated />}
          <Group>
            <Button variant="light" disabled={mapping.name === null || progress !== null || !!done} onClick={async () => setChecked(await send(true))}>
              {t('import.check')}
            </Button>
            <Button
              disabled={!checked || progress !== null || !!done}
              onClick={async () => {
                setDone(await send(false));
              }}
            >
              {t('import.bringIn')}
            </Button>
          </Group>
          {(done ?? checked) && <ImportReport totals={(done ?? checked)!} final={!!done} />}
        </>
      )}
    </Stack>
  );
}

function ImportReport({ totals, final }: { totals: Totals; final: boolean }) {
  const { t } = useTranslation('councils');
  // Refused rows and rows with a note first, then every other row: each row's outcome is shown.
  const refused = totals.rows.filter((r) => r.outcome === 'REFUSED');
  const notes = [...totals.rows.filter((r) => r.outcome !== 'REFUSED' && r.message), ...totals.rows.filter((r) => r.outcome !== 'REFUSED' && !r.message)];
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text fw={600}>{final ? t('import.broughtIn') : t('import.ifBrought')}</Text>
      <Group gap="xs">
        <Badge color="teal" size="lg">
          {t('import.matched', { count: totals.matched })}
        </Badge>
        <Badge color="blue" size="lg">
          {t('import.created', { count: totals.created })}
        </Badge>
        <Badge color="gray" size="lg">
          {t('import.alreadyMembers', { count: totals.alreadyMembers })}
        </Badge>
        <Badge color="red" size="lg">
          {t('import.refused', { count: totals.refused })}
        </Badge>
      </Group>
      {[...refused, ...notes].length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t('import.rowsCaption', { limit: REPORT_ROWS })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.resultColumn.row')}</Table.Th>
                <Table.Th>{t('import.resultColumn.outcome')}</Table.Th>
                <Table.Th>{t('import.resultColumn.coop')}</Table.Th>
                <Table.Th>{t('import.resultColumn.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...refused, ...notes].slice(0, REPORT_ROWS).map((r) => (
                <Table.Tr key={r.sheetRow}>
                  <Table.Td>{r.sheetRow}</Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOME_COLOURS[r.outcome]} variant="light">
                      {t(`import.outcome.${r.outcome}`)}
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
