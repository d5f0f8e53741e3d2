import { AuditChainVerifier } from './audit-chain-verifier';
import { GENESIS_HASH, hashAuditEntry, type AuditEntry } from './audit-entry';

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const content = {
      seq,
      recordedAt: new Date(Date.UTC(2026, 10, 22, 12, 0, seq)),
      actor: `user-${seq}`,
      actorRoles: ['ssp-consultant'],
      action: 'GET /persons/:pseudonym',
      permission: 'person-data:read',
      resource: `/persons/:pseudonym (pseudonym=p${seq})`,
      decision: 'allow' as const,
      reason: 'granted',
      prevHash: entries[seq - 2]?.hash ?? GENESIS_HASH,
    };
    entries.push({ ...content, hash: hashAuditEntry(content) });
  }
  return entries;
}

function verify(entries: AuditEntry[]) {
  const verifier = new AuditChainVerifier();
  entries.forEach((entry) => verifier.add(entry));
  return verifier.result();
}

describe('AuditChainVerifier', () => {
  it('accepts an intact chain and reports its head', () => {
    const entries = chain(5);
    expect(verify(entries)).toEqual({ ok: true, entriesChecked: 5, head: { seq: 5, hash: entries[4].hash }, problems: [] });
    expect(verify([])).toEqual({ ok: true, entriesChecked: 0, head: null, problems: [] });
  });

  it('names an entry whose content was changed', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], actor: 'someone-else' };
    expect(verify(entries).problems).toEqual([{ seq: 3, problem: 'altered', detail: 'entry 3 was altered: its content does not match its hash' }]);
  });

  it('names an entry that was changed and given a fresh hash, through the link from the next one', () => {
    const entries = chain(5);
    const { hash: _old, ...content } = { ...entries[1], decision: 'deny' as const };
    entries[1] = { ...content, hash: hashAuditEntry(content) };
    expect(verify(entries).problems.map((problem) => [problem.seq, problem.problem])).toEqual([[2, 'relinked']]);
  });

  it('names deleted entries, one or several, and the first one', () => {
    expect(verify(chain(5).filter((entry) => entry.seq !== 3)).problems.map((problem) => problem.detail)).toEqual([
      'entry 3 is missing: entry 4 follows entry 2',
    ]);
    expect(verify(chain(6).filter((entry) => entry.seq < 3 || entry.seq > 4)).problems.map((problem) => problem.detail)).toEqual([
      'entries 3 to 4 are missing: entry 5 follows entry 2',
    ]);
    expect(verify(chain(3).slice(1)).problems.map((problem) => problem.seq)).toEqual([1]);
  });
});
