import { describe, expect, it } from 'vitest'
import { parseHolidayImport } from './holiday-import.ts'

describe('parseHolidayImport', () => {
  it('reads CSV in either calendar and any digits, with quoted names', () => {
    const csv = [
      '\uFEFFdate,nameFa,nameEn,calendar,isEstimated',
      '1407/01/01,آغاز نوروز,Nowruz,solar,false',
      '۱۴۰۷/۰۱/۱۲,روز جمهوری اسلامی,"Islamic Republic Day, 12 Farvardin",solar,',
      '2028-05-05,عید فطر,"Eid ""al-Fitr""",lunar,yes',
      '',
    ].join('\r\n')
    const parsed = parseHolidayImport(1407, 'csv', csv)
    expect(parsed.problems).toEqual([])
    expect(parsed.rows).toEqual([
      {
        date: '2028-03-20',
        nameFa: 'آغاز نوروز',
        nameEn: 'Nowruz',
        calendar: 'solar',
        isEstimated: false,
      },
      {
        date: '2028-03-31',
        nameFa: 'روز جمهوری اسلامی',
        nameEn: 'Islamic Republic Day, 12 Farvardin',
        calendar: 'solar',
        isEstimated: false,
      },
      {
        date: '2028-05-05',
        nameFa: 'عید فطر',
        nameEn: 'Eid "al-Fitr"',
        calendar: 'lunar',
        isEstimated: true,
      },
    ])
  })

  it('names every bad row: outside the year, duplicates, bad fields', () => {
    const json = JSON.stringify([
      { date: '2028-03-20', nameFa: 'نوروز', nameEn: 'Nowruz', calendar: 'solar' },
      { date: '2027-03-21', nameFa: 'نوروز', nameEn: 'Nowruz', calendar: 'solar' },
      { date: '2028-03-20', nameFa: 'نوروز', nameEn: 'nowruz ', calendar: 'solar' },
      { date: '1407/07/31', nameFa: 'x', nameEn: 'x', calendar: 'solar' },
      { date: '2028-04-01', nameFa: '', nameEn: 'x', calendar: 'solar' },
      { date: '2028-04-01', nameFa: 'x', nameEn: 'x', calendar: 'gregorian' },
      { date: '2028-04-01', nameFa: 'x', nameEn: 'x', calendar: 'lunar', isEstimated: 'maybe' },
    ])
    expect(parseHolidayImport(1407, 'json', json).problems).toEqual([
      { path: 'rows.2', message: 'OUTSIDE_YEAR' },
      { path: 'rows.3', message: 'DUPLICATE' },
      { path: 'rows.4', message: 'DATE_INVALID' },
      { path: 'rows.5', message: 'NAME_INVALID' },
      { path: 'rows.6', message: 'CALENDAR_INVALID' },
      { path: 'rows.7', message: 'ESTIMATED_INVALID' },
    ])
  })

  it('refuses what is not a list', () => {
    expect(parseHolidayImport(1407, 'json', '{').problems).toEqual([
      { path: 'text', message: 'UNREADABLE' },
    ])
    expect(parseHolidayImport(1407, 'csv', 'when,what\n1,2').problems).toEqual([
      { path: 'text', message: 'UNREADABLE' },
    ])
    expect(parseHolidayImport(1407, 'json', '[]').problems).toEqual([
      { path: 'text', message: 'NO_ROWS' },
    ])
  })
})
