/** The photo editor's strings: a namespace of their own, loaded with the editor (photo-editor.tsx). */
export const photoMessagesFa = {
  choose: 'انتخاب عکس',
  change: 'تغییر عکس',
  remove: 'حذف عکس',
  dropHint: 'یا عکسی را این‌جا رها کنید. JPEG، PNG یا WebP تا ۱۰ مگابایت.',
  cropArea: 'پیش‌نمایش برش مربعی؛ برای جابه‌جایی بکشید یا کلیدهای جهت را بزنید.',
  cropHint: 'عکس را بکشید تا چهره در میانه باشد و با لغزنده بزرگ‌نمایی کنید.',
  zoom: 'بزرگ‌نمایی',
  save: 'ذخیرهٔ عکس',
  cancel: 'انصراف',
  uploading: 'در حال بارگذاری…',
  saved: 'عکس ذخیره شد.',
}
