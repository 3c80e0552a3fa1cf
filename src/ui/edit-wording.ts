/**
 * The words for an edit and its value in the workbench's notices (a clash with another tab, edits lost
 * or set aside), moved out of Workbench.tsx (#27 item 3) as they were.
 */
import type { Edit, SetAsideEntry } from '../session';
import { datapointTitle, profileLabelOf } from './strings/kpi-names';
import { catalogueTexts } from './strings/catalogue';
import { shellWords } from './strings';
import { savingWords } from './strings/saving';
import { reviewWords } from './strings/review';
import { timeWords } from './strings/time';
import { jsonstat } from './strings/jsonstat';

/** Text naming the place a clash happened, for the message. */
/** Journal entries not replayed on open, by kind and place (session/replay-check.ts); empty when none. */
export function setAsideReport(list: SetAsideEntry[]): string {
  if (list.length === 0) return '';
  return savingWords.setAside(
    list.map((x) =>
      savingWords.setAsideItem(
        x.reason === 'unreadable' ? [x.kind, x.place].filter(Boolean).join(' · ') || savingWords.setAsideUnknown : describeEdit(x.edit as Edit),
        x.reason,
      ),
    ),
  );
}

export function describeEdit(e: Edit): string {
  switch (e.kind) {
    case 'value': {
      const label = datapointTitle(e.id);
      const col = (shellWords.columns as Record<string, string>)[e.field] ?? e.field;
      return `${label} · ${col}`;
    }
    case 'profile':
      return `${shellWords.profileTitle} · ${profileLabelOf(e.field)}`;
    case 'target':
      return `${e.id} · ${shellWords.columns.target}`;
    case 'own-target':
      return `${e.id} · ${timeWords.ownTitle}`;
    case 'method':
      return shellWords.method;
    case 'scoring-targets':
      return timeWords.scoring.title;
    case 'info':
      return e.field;
    case 'acknowledge': {
      return `${datapointTitle(e.id)} · ${catalogueTexts.explainChanges}`;
    }
    case 'review':
    case 'thread':
    case 'evidence':
    case 'history': {
      const label = datapointTitle(e.id);
      const what = { review: reviewWords.panelTitle, thread: reviewWords.threadTitle, evidence: reviewWords.evidenceTitle, history: reviewWords.historyTitle }[
        e.kind
      ];
      return `${label} · ${what}`;
    }
    case 'recommendation':
      return `${reviewWords.recText} · ${e.item?.text.slice(0, 60) ?? e.id}`;
    case 'action':
      return `${reviewWords.actionFields.title} · ${e.item?.title.slice(0, 60) ?? e.id}`;
    case 'freeze':
      return reviewWords.freezeTitle;
    case 'provenance': {
      const where =
        'profile' in e.place
          ? describeEdit({ kind: 'profile', field: e.place.profile, value: null })
          : describeEdit({ kind: 'value', id: e.place.id, field: e.place.field, value: undefined });
      return `${where} · ${jsonstat.sourceTitle}`;
    }
    case 'local-value':
      return `${e.id} · ${(shellWords.columns as Record<string, string>)[e.field] ?? e.field}`;
    case 'local-framework':
      return savingWords.localFrameworkEdit;
  }
}

export const show = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
