// The shape of one company legal form in the derived table (see legal-forms-table.ts).

export interface LegalFormType {
  /** rigour's display form ("GmbH", "PLC", "ООО"), made unique. */
  readonly id: string;
  /** The generic kind (LLC, JSC, LP, NGO, SOE...), or null where rigour gives none. */
  readonly generic: string | null;
}

/** A legal form found in a name: the words as written and the form they stand for. */
export interface LegalFormHit {
  readonly text: string;
  readonly id: string;
  readonly generic: string | null;
}
