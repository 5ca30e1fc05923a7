/**
 * Seeded random annual reports (2021 or 2019 format) whose tables satisfy every identity of
 * table 三 and 四, with realistic magnitudes: mostly small counts and zeros, some multi-digit cells
 * (859 applications, 19513 licensing decisions, a fee of 1728.59 万元).
 */
import {
  APPLICANT_COLUMN_COUNT,
  APPLICATION_ROWS_SINGLE,
  APPLICATION_ROWS_SPLIT,
  buildApplications,
  OUTCOME_COLUMNS,
  REVIEW_GROUPS,
  TOTAL_COLUMN,
} from '../../src/domain/report/layout.ts';
import {
  SCHEMA_ID,
  type ApplicantRow,
  type Applications,
  type Outcome,
  type Proactive2019,
  type Proactive2021,
  type Report2019,
  type Report2021,
  type ReviewLitigation,
  type Sections,
} from '../../src/domain/report/model.ts';

/** A small seeded PRNG (mulberry32). */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) {
        throw new Error('pick from an empty list');
      }
      return item;
    },
  };
}

const PLACES = [
  '博山',
  '临淄',
  '张店',
  '周村',
  '鼓楼',
  '玄武',
  '秦淮',
  '金水',
  '城关',
  '西湖',
  '雁塔',
  '天河',
  '武侯',
  '江岸',
  '和平',
  '南岗',
];

export const NO_SECTIONS: Sections = {
  overview: null,
  proactive: null,
  applications: null,
  reviewLitigation: null,
  problems: null,
  other: null,
};

/** A count with many zeros and an occasional large value. */
function count(rng: Rng, scale: number): number {
  if (rng.chance(0.45)) {
    return 0;
  }
  if (rng.chance(0.12)) {
    return rng.int(100, Math.max(100, scale * 10));
  }
  return rng.int(1, Math.max(1, scale));
}

function applications(rng: Rng, isSplit: boolean): Applications {
  const specs = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
  const leaves = specs.filter((s) => s.isLeaf);
  const rows = new Map<string, ApplicantRow>();
  const cells = new Map<string, number[]>(
    specs.map((s) => [s.id, Array.from({ length: APPLICANT_COLUMN_COUNT }, () => 0)]),
  );
  const set = (id: string, c: number, v: number) => {
    cells.get(id)![c] = v;
  };
  const get = (id: string, c: number): number => cells.get(id)![c]!;
  for (let c = 0; c < TOTAL_COLUMN; c += 1) {
    const isNatural = c === 0;
    const isActive = isNatural || rng.chance(0.35);
    for (const leaf of leaves) {
      const busy =
        leaf.id === 'granted'
          ? 90
          : leaf.id === 'unavailable.notHeld' || leaf.id === 'partlyGranted'
            ? 30
            : 6;
      set(leaf.id, c, isActive ? count(rng, isNatural ? busy : Math.ceil(busy / 6)) : 0);
    }
    const total = leaves.reduce((sum, leaf) => sum + get(leaf.id, c), 0);
    const carriedForward = isActive && rng.chance(0.6) ? rng.int(0, 1 + Math.floor(total / 8)) : 0;
    const carriedOver = isActive && rng.chance(0.6) ? rng.int(0, total + carriedForward) : 0;
    set('total', c, total);
    set('carriedForward', c, carriedForward);
    set('carriedOver', c, carriedOver);
    set('newlyReceived', c, total + carriedForward - carriedOver);
  }
  for (const spec of specs) {
    const row = cells.get(spec.id)!;
    row[TOTAL_COLUMN] = row.slice(0, TOTAL_COLUMN).reduce((a, b) => a + b, 0);
    rows.set(spec.id, row as ApplicantRow);
  }
  return buildApplications(rows, isSplit);
}

function outcome(rng: Rng, scale: number): Outcome {
  const [upheld, corrected, other, pending] = [
    count(rng, scale),
    count(rng, 3),
    count(rng, 3),
    count(rng, 2),
  ];
  return { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
}

function reviewLitigation(rng: Rng): ReviewLitigation {
  const scales = [12, 4, 3];
  return Object.fromEntries(
    REVIEW_GROUPS.map((g, i) => [g.key, outcome(rng, scales[i]!)]),
  ) as ReviewLitigation;
}

function fee(rng: Rng): number {
  if (rng.chance(0.4)) {
    return 0;
  }
  return rng.chance(0.5) ? rng.int(1, 3000) : rng.int(1, 300_000) / 100;
}

function proactive2021(rng: Rng): Proactive2021 {
  const docs = () => {
    const issued = count(rng, 6);
    const repealed = count(rng, 4);
    return { issued, repealed, inForce: issued + count(rng, 40) };
  };
  return {
    rules: docs(),
    normativeDocuments: docs(),
    licensing: { decisions: rng.chance(0.3) ? rng.int(1000, 30_000) : count(rng, 400) },
    penalties: { decisions: count(rng, 900) },
    coercion: { decisions: count(rng, 60) },
    fees: { amountWanYuan: fee(rng) },
  };
}

function proactive2019(rng: Rng): Proactive2019 {
  const docs = () => ({ made: count(rng, 8), published: count(rng, 8), totalPublic: count(rng, 90) });
  const items = () => ({
    previousYear: count(rng, 60),
    change: rng.chance(0.5) ? 0 : rng.int(-9, 12),
    decisions: count(rng, 900),
  });
  const projects = count(rng, 20);
  const amount = projects === 0 ? 0 : rng.chance(0.5) ? rng.int(1000, 900_000) : rng.int(1, 99_999) / 100;
  const unit = amount === 0 ? '' : Number.isInteger(amount) ? rng.pick(['', '元']) : '万元';
  return {
    rules: docs(),
    normativeDocuments: docs(),
    licensing: items(),
    otherServices: items(),
    penalties: items(),
    coercion: items(),
    fees: { previousYear: count(rng, 10), change: rng.chance(0.6) ? 0 : rng.int(-3, 3) },
    procurement: { projects, amount, amountText: `${amount}${unit}` },
  };
}

export type RandomOptions = {
  /** Number of cells (in tables 二, 三 and 四) to leave blank (null), as real reports sometimes do. */
  blankCells?: number;
};

/** Blanks `n` random cells of tables 二, 三 and 四 (the data stays otherwise consistent). */
function blankSome(
  rng: Rng,
  proactive: Record<string, Record<string, unknown>>,
  apps: Applications,
  review: ReviewLitigation,
  n: number,
): void {
  const rows: ApplicantRow[] = [
    apps.newlyReceived,
    apps.granted,
    apps.partlyGranted,
    apps.total,
    ...Object.values(apps.withheld),
    ...Object.values(apps.unavailable),
  ];
  for (let i = 0; i < n; i += 1) {
    const where = rng.next();
    if (where < 0.2) {
      const group = review[rng.pick(REVIEW_GROUPS).key];
      group[rng.pick(OUTCOME_COLUMNS).key] = null;
    } else if (where < 0.35) {
      const row = proactive[rng.pick(['rules', 'normativeDocuments', 'licensing', 'penalties'])]!;
      const key = rng.pick(Object.keys(row).filter((k) => k !== 'amountText'));
      row[key] = null;
    } else {
      rng.pick(rows)[rng.int(0, TOTAL_COLUMN)] = null;
    }
  }
}

/**
 * A random report in the given format.
 * @example randomReport(7, '2021').applications?.total // identities hold
 */
export function randomReport(
  seed: number,
  format: '2021' | '2019',
  options: RandomOptions = {},
): Report2021 | Report2019 {
  const rng = createRng(seed * 7919 + (format === '2021' ? 1 : 2));
  const organ = `${rng.pick(PLACES)}区人民政府`;
  const year = format === '2021' ? rng.int(2021, 2024) : rng.int(2019, 2020);
  const apps = applications(rng, format === '2021');
  const review = reviewLitigation(rng);
  const proactive = format === '2021' ? proactive2021(rng) : proactive2019(rng);
  blankSome(
    rng,
    proactive as unknown as Record<string, Record<string, unknown>>,
    apps,
    review,
    options.blankCells ?? 0,
  );
  const common = {
    schema: SCHEMA_ID,
    organ,
    year,
    applications: apps,
    reviewLitigation: review,
    sections: NO_SECTIONS,
  };
  return format === '2021'
    ? { ...common, format: '2021', proactive: proactive as Proactive2021 }
    : { ...common, format: '2019', proactive: proactive as Proactive2019 };
}
