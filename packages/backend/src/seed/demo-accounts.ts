import type { UserType } from '@yektayar/shared'

export interface DemoAccount {
  type: UserType
  phone: string
  email: string
  profile: { firstName: string; lastName: string; firstNameEn: string; lastNameEn: string }
}

const psychologist = (
  n: number,
  firstName: string,
  lastName: string,
  firstNameEn: string,
  lastNameEn: string,
): DemoAccount => ({
  type: 'psychologist',
  phone: `+98912000010${n}`,
  email: `${firstNameEn.toLowerCase()}.${lastNameEn.toLowerCase()}@demo.yektayar.ir`,
  profile: { firstName, lastName, firstNameEn, lastNameEn },
})

/** Fixed demo people so the README and the console can name them. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    type: 'admin',
    phone: '+989120000001',
    email: 'admin@demo.yektayar.ir',
    profile: {
      firstName: 'مدیر',
      lastName: 'یکتایار',
      firstNameEn: 'Admin',
      lastNameEn: 'YektaYar',
    },
  },
  {
    type: 'patient',
    phone: '+989120000002',
    email: 'sara@demo.yektayar.ir',
    profile: { firstName: 'سارا', lastName: 'محمدی', firstNameEn: 'Sara', lastNameEn: 'Mohammadi' },
  },
  psychologist(1, 'مریم', 'احمدی', 'Maryam', 'Ahmadi'),
  psychologist(2, 'علی', 'رضایی', 'Ali', 'Rezaei'),
  psychologist(3, 'نازنین', 'کریمی', 'Nazanin', 'Karimi'),
  psychologist(4, 'حسین', 'موسوی', 'Hossein', 'Mousavi'),
  psychologist(5, 'فاطمه', 'حسینی', 'Fatemeh', 'Hosseini'),
  psychologist(6, 'رضا', 'جعفری', 'Reza', 'Jafari'),
  psychologist(7, 'لیلا', 'صادقی', 'Leila', 'Sadeghi'),
  psychologist(8, 'امیر', 'نوری', 'Amir', 'Nouri'),
]
