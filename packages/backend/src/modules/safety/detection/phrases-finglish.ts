import type { PhraseList } from './risk-categories.ts'

// Persian written in Latin letters ("Finglish"). Spelling is free: kh or x for خ, gh or q for
// ق/غ, vowels dropped ("bkshm") or doubled ("mikhaam"; doubled letters are collapsed before
// matching, so "khoodamo" reads "khodamo"), and ZWNJ places written with a space or nothing.

const KH = '(kh|x)'
const ME = `${KH}od(a|e)?m~(o|ro|ra)?`
const KILL_ME = '(b|bo|mi)k(o|e)?sh(a|e)?m'
const WANT = `(mi${KH}o?a?m|delam mi${KH}o?a?d)`
const NOT_WANT = `ne?mi${KH}o?a?m`
const AGAIN = '(dige|dg|dge|digeh|dgeh|dgh)'
const SUICIDE = `${KH}od~(k|q)(o|e)shi`
const PILLS = '(gh|q)ors%'
const SIDEWAYS = '(kenar|bala|paein|jelo|aghab|birun|biron|be)'
const NOT_THERE =
  '(to|tu|toye|dar|sar|onja|unja|inja|narahat|asabani|khaste|motmaen|bahat|bahash|kenaret|ozv|montazer|negaran)'

export const finglishPhrases: PhraseList = {
  explicit_intent: [
    { match: `${ME} ${KILL_ME}`, notAfter: SIDEWAYS },
    `${KILL_ME} ${ME}`,
    `${SUICIDE} (konam|knm|bokonam|bkonam|mikonam|mikonm|mikunam)`,
    `(fekr|fekre|afkar|afkare) (e )?${SUICIDE} (daram|drm|dram)`,
    `be ${SUICIDE} (fekr|fek) (mikonam|mikonm|kardam|mikardam)`,
    {
      match: `${WANT} (zodtar |faghat |hamin alan |alan )?(bemiram|bmiram|bemirm)`,
      notAfter: '(barat|barash|az)',
    },
    `${NOT_WANT} (${AGAIN} )?(zendeh?|zende) (basham|bashm|bemonam|bemunam|bemanam)`,
    `${NOT_WANT} (${AGAIN} )?zendegi (konam|knm)`,
    'be zendegi~(m|am|mo) (payan|khateme) (bedam|bdm|bedm|midam)',
    `${ME} ${KH}alas (konam|knm|mikonam)`,
  ],
  plan_or_means: [
    {
      match: `${PILLS} _ jam (kardam|kardm|krdm|krdam|mikonam)`,
      notAfter: '(ke bebaram|baraye safar)',
    },
    `(ye mosh(a|o)?t|ye baste|ye varagh|hame~(ye|ie|i)?|kole?|tamame?) ${PILLS} _ (${KH}ordam|${KH}ordm|${KH}rdm|bo${KH}oram|bo${KH}orm|mi${KH}oram)`,
    `(chand ?ta|cheghad) ${PILLS} _ (bo${KH}oram|bo${KH}orm|koshandast|mikoshe)`,
    `tanab (${KH}aridam|amade kardam|gereftam)`,
    `& ?ta ${PILLS} _ (${KH}ordam|${KH}ordm|bo${KH}oram|mi${KH}oram)`,
    `${ME} (dar|halagh~aviz|halgh~aviz) (bezanam|konam|mizanam|mikonam)`,
    'az (pol|poshte? bom|poshte? bam|balkon|sa(kh|x)temon|sa(kh|x)teman|tabaghe%) _ (beparam|bepram|miparam)',
    `chetor(i)? (${SUICIDE} (konam|knm)|bemiram)`,
  ],
  self_harm: [
    'ra(g|gh|q)(amo|am ro|amro|mo|emo|hamo|hamro|am)? (dastamo |dastam ro )?(zadam|zdm|bezanam|mizanam|boridam)',
    { match: `${ME} (boridam|zakhmi kardam|sozondam|suzundam|zadam|mizanam)`, notAfter: SIDEWAYS },
    `ba (tigh|tiq|cutter|kater) _ (${ME}|dastamo|dastam ro|pamo|badanamo) (boridam|zadam|miboram|beboram|bebram|mibram)`,
    `be ${KH}odam (asib|sadame) (zadam|mizanam|bezanam|zdm)`,
    `${KH}od~zani (kardam|mikonam|konam)`,
    `${SUICIDE} (kardam|krdm|kardm)`,
  ],
  farewell: [
    {
      match: `(${KH}odahafez|${KH}odafez|${KH}dfz|${KH}odafes|${KH}odahafes) (hame|hamegi|baraye hamishe|donya|bache ha|bacheha)`,
      notAfter: '(ta|farda|fln|felan|shab%|ruzetun|badan)',
    },
    `a${KH}arin (payam|post)(ame|e|am e)`,
    'halalam (konid|konin|kon)',
    { match: `${AGAIN} (nistam|zende nistam)`, notAfter: NOT_THERE },
    { match: `${AGAIN} mano (nemibinid|nemibini|nemibinin)`, notAfter: NOT_THERE },
  ],
  passive_wish: [
    {
      match:
        'kash _ (bemiram|mimordam|morde? (bodam|budam)|nabodam|nabudam|nabasham|be donya (nayomade|nayumade|nemiyomadam)|bidar nasham)',
      notAfter: '(onja|unja|inja|to|tu|sar|ke)',
    },
    `${KH}odaya (mano |mnro |mano ro )?(bokosh|margamo (beresun|beroson)|jonamo begir)`,
    'arezoye marg (daram|mikonam)',
    'be marg (fekr|fek) (mikonam|mikonm|mikardam)',
    `(be${KH}abam|be${KH}abm|be${KH}oabam) (o |va )?(${AGAIN} )?bidar nasham`,
    `(hame|hamechi|${KH}anevadam) bedune? man (rahat~taran|behtaran)`,
  ],
  hopelessness: [
    `${AGAIN} (nemit(o|u)?nam|nemitnm) (edame? (bedam|bdm|bedm|bdam)|tahamol (konam|knm))`,
    { match: `${AGAIN} nemi?kesham`, notBefore: '(sigar|ghelion|ghalyon|naghashi|tark kardam)' },
    `${AGAIN} (boridam|bridam|taghat nadaram|tahamol nadaram)`,
    '(hich )?omidi (nadaram|nadarm|baram namonde)',
    `az zendegi ${KH}aste (shodam|shdm|am)`,
    `${KH}aste (shodam|shdm|am) az zendegi`,
    'zendegim (hich )?(arzeshi|arzesh|manai|maani|mani) nadare',
    { match: 'na~omid(am| shodam)', notBefore: '(azat|azash|azetun)', notAfter: '(az|ke)' },
    `hich (vaght|vght|va${KH}t) (halam )?(${KH}ob|${KH}ub|behtar) nemishe`,
    `(be )?tahe? ${KH}at (residam|rsidam)`,
  ],
  reported_risk: [
    { match: `${KH}ode(sh|sho|sh ro|shro) (bokoshe|mikoshe|bkoshe)`, notAfter: SIDEWAYS },
    `${SUICIDE} (kone|bokone|mikone)`,
    `mi${KH}(o|a)?ad (bemire|bmire)`,
    `nemi${KH}(o|a)?ad (${AGAIN} )?zende (bashe|bemone|bemune)`,
    'ra(g|gh|q)(esho|esh ro|sho) (zade|zad)',
  ],
}
