import type { PhraseList } from './risk-categories.ts'

// Persian written in Latin letters ("Finglish"), each word in one plain spelling. The text and
// these phrases are both read as a consonant skeleton (finglish-skeleton.ts), in which all the
// usual spellings of a word are one: any vowel or none ("bokosham": bekosham, bkosham, bokoshm,
// bkshm), kh or x, gh or q or g, v or w, a final h ("zendeh"), doubled letters ("khoodaamoo").
// So write one spelling, the usual one, and never a variant; `~` takes a space or nothing.

const ME = 'khodam~(o|ro|ra)?'
const KILL_ME = '(bokosham|mikosham)'
const WANT = '(mikham|delam mikhad)'
const NOT_WANT = 'nemikham'
const AGAIN = 'dige'
const SUICIDE = 'khod~koshi'
const PILLS = '(ghors%|daro|daroha%)'
const DO = '(konam|bokonam|mikonam)'
const FINISH = '(tamom|tamam)'
const TIME =
  '(emshab|emruz|farda|farda shab|alan|hamin (alan|hala|emshab|emruz|farda|hafte)|ta (farda|sob|akhare hafte)|akhare (in )?hafte|in hafte|be zodi)'
/** Ending it with no life named: a concern alone, a crisis with a when (phrases-fa.ts). */
const END_IT = `(${FINISH}esh ${DO}|(hame~chi|hame~chiz|kare ${ME})~(o|ro|ra)? ${FINISH} ${DO}|be hame~chi (payan|khateme) (bedam|midam))`
const TASK_BEFORE = '(ro|ra|ino|ono)'
const END_IT_ALONE = { match: END_IT, notBefore: `${TASK_BEFORE}( ${TIME})?` }
const ALL_AT_ONCE =
  '(hame|hamash|hamasho|hamaro|hame ro|kolesh|kolesho) (ye~ja|yekja|ba ham|yeho|yekbare|ye~dafe)'
const SIDEWAYS = '(kenar|bala|paein|jelo|aghab|birun|be)'
const NOT_THERE =
  '(to|toye|dar|sar|onja|inja|narahat|asabani|khaste|motmaen|bahat|bahash|kenaret|ozv|montazer|negaran)'

export const finglishPhrases: PhraseList = {
  explicit_intent: [
    { match: `${ME} ${KILL_ME}`, notAfter: SIDEWAYS },
    `${KILL_ME} ${ME}`,
    `${SUICIDE} ${DO}`,
    `(fekre|afkare) (e )?${SUICIDE} daram`,
    `be ${SUICIDE} (fekr|fek) (mikonam|kardam|mikardam)`,
    {
      match: `${WANT} (zodtar |faghat |hamin alan |alan |emshab )?bemiram`,
      notAfter: '(barat|barash|az)',
    },
    `${NOT_WANT} (${AGAIN} )?(zende (basham|bemonam|bemanam)|zendegi konam)`,
    `(be )?(in )?zendegi~(m|mo)? (payan|khateme) (bedam|midam|bedaham)`,
    `(in )?zendegi~(m|mo|ro) ${FINISH} ${DO}`,
    `${ME} (khalas|rahat) ${DO}`,
    `${ME} az bein (bebaram|mibaram)`,
    '(koshtane|az bein bordane) khodam',
    `(be|to) (khodam|sare khodam|saram) (shelik|tir) ${DO}`,
    `(tasmim gereftam|ghasd daram) (ke )?(bemiram|${SUICIDE} konam|${END_IT})`,
    { match: `${TIME} _ ${END_IT}`, notBefore: TASK_BEFORE },
    `${END_IT} ${TIME}`,
  ],
  plan_or_means: [
    { match: `${PILLS} _ jam (kardam|mikonam)`, notAfter: '(ke bebaram|baraye safar)' },
    `(ye moshte|ye baste|ye varagh|chand varagh|hameye|kole|tamame) ${PILLS} _ (khordam|bokhoram|mikhoram)`,
    `${PILLS} _ ${ALL_AT_ONCE} (khordam|bokhoram|mikhoram)`,
    `(chand ta|cheghad) ${PILLS} _ (bokhoram|koshandast|mikoshe)`,
    `& ?ta ${PILLS} _ (khordam|bokhoram|mikhoram)`,
    'tanab~(o|ro|ra)? (ham )?(kharidam|amade kardam|gereftam|gereh zadam)',
    'ghorse berenj (daram|kharidam|gereftam|peyda kardam|bokhoram|khordam|mikhoram)',
    `${ME} (dar|halagh~aviz) (bezanam|konam|mizanam|mikonam)`,
    'az (pol|poshte bom|balkon|sakhteman|tabaghe%|panjere) _ (beparam|miparam)',
    `${ME} (mindazam|bendazam|part ${DO}) (jeloye|zire|az|az roye) (mashin%|ghatar|metro|pol|poshte bom|sakhteman|panjere|balkon)`,
    `chetori (${SUICIDE} konam|bemiram)`,
  ],
  self_harm: [
    '(ragam~(o|ro)?|rage dastam~(o|ro)?) (zadam|bezanam|mizanam|boridam)',
    { match: `${ME} (boridam|zakhmi kardam|sozondam|zadam|mizanam)`, notAfter: SIDEWAYS },
    `ba (tigh|cutter) _ (${ME}|dastam~(o|ro)|pam~(o|ro)|badanam~(o|ro)) (boridam|zadam|miboram|beboram)`,
    'be khodam (asib|sadame) (zadam|mizanam|bezanam)',
    `khod~zani (kardam|${DO})`,
    `${SUICIDE} kardam`,
  ],
  farewell: [
    {
      match: '(khodahafez|khodafez|khodafes) (hame|hamegi|baraye hamishe|donya|bache ha|bacheha)',
      notAfter: '(ta|farda|felan|fln|shab%|ruzetun|badan)',
    },
    'akharin (payam|post)~(ame|e)',
    'halalam (konid|konin|kon)',
    { match: `${AGAIN} (nistam|zende nistam)`, notAfter: NOT_THERE },
    { match: `${AGAIN} mano (nemibinid|nemibini|nemibinin)`, notAfter: NOT_THERE },
    '(name~ye (khodahafezi|veda)|vasiat~name)~(mo|am|amo)? _ (neveshtam|amade kardam|gozashtam)',
  ],
  passive_wish: [
    {
      match:
        'kash _ (bemiram|mimordam|morde bodam|nabodam|nabasham|be donya (nayomade|nemiomadam)|bidar nasham)',
      notAfter: '(onja|inja|to|sar|ke)',
    },
    'khodaya (mano |mano ro )?(bokosh|margamo beresun|jonamo begir)',
    'arezoye marg (daram|mikonam)',
    'be marg (fekr|fek) (mikonam|mikardam)',
    `(bekhabam|bekhoabam) (o |va )?(${AGAIN} )?bidar nasham`,
    '(hame|hamechi|khanevadam) bedone man (rahat~taran|behtaran)',
    { match: 'behtare (ke )?(man )?(bemiram|nabasham)', notAfter: '(barat|barash)' },
    'bemiram (o |va |ta )?(rahat|khalas) (sham|besham)',
    'az (in )?(zendegi|donya) (khalas|rahat) (sham|besham)',
  ],
  hopelessness: [
    `${AGAIN} nemitonam (edame bedam|tahamol konam)`,
    { match: `${AGAIN} nemikesham`, notBefore: '(sigar|ghelion|naghashi|tark kardam)' },
    `${AGAIN} (boridam|taghat nadaram|tahamol nadaram)`,
    '(hich )?omidi (nadaram|baram namonde)',
    'az zendegi khaste (shodam|am)',
    'khaste (shodam|am) az zendegi',
    'zendegim (hich )?(arzeshi|arzesh|manai|mani) nadare',
    { match: 'na~omid(am| shodam)', notBefore: '(azat|azash|azetun)', notAfter: '(az|ke)' },
    'hich vaght (halam )?(khob|behtar) nemishe',
    '(be )?tahe khat residam',
    `${AGAIN} hosele (zende bodan|zendegi) nadaram`,
    END_IT_ALONE,
  ],
  reported_risk: [
    { match: `khode(sh|sho|sh ro) (bokoshe|mikoshe)`, notAfter: SIDEWAYS },
    `${SUICIDE} (kone|bokone|mikone)`,
    'mikhad bemire',
    `nemikhad (${AGAIN} )?zende (bashe|bemone)`,
    'rag(esho|esh ro) (zade|zad)',
  ],
  resolve: [
    END_IT_ALONE,
    'tasmimam~(o|ro)? (gereftam)',
    'hame~chi amade~(ast|as|e)',
    `${TIME} _ anjamesh (midam|bedam)`,
  ],
}
