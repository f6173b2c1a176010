-- Iranian official holidays for Solar Hijri 1405 (2026-03-21 … 2027-03-20) and 1406
-- (2027-03-21 … 2028-03-19), used by psychologists who opt in to block them.
--
-- Solar holidays are fixed in the Solar Hijri calendar and exact: 1–4 and 12–13 Farvardin,
-- 14–15 Khordad, 22 Bahman, 29 Esfand.
-- Lunar holidays follow the Islamic calendar as Iran's calendar authority sets it, which can
-- move a day with moon sighting:
--   * exact (is_estimated = false): the 1405 dates printed in the published official calendar
--     of 1405 — Eid al-Fitr 1447 on 1–2 Farvardin, Eid al-Adha 6 Khordad, Eid al-Ghadir
--     14 Khordad, Tasua and Ashura 3–4 Tir;
--   * estimated (is_estimated = true, may be off by one day): every other lunar holiday,
--     computed with the Umm al-Qura calendar, which matched all the published 1405 dates from
--     Dhu al-Hijjah 1447 on; 25 Shawwal 1447 follows the official Shawwal start instead.
-- Correct estimated rows when the official calendar of 1406 is published.
INSERT INTO "holidays" ("holiday_date", "solar_hijri_year", "name_fa", "name_en", "calendar", "is_estimated") VALUES
('2026-03-21', 1405, 'آغاز نوروز', 'Nowruz (New Year)', 'solar', false),
('2026-03-22', 1405, 'عید نوروز', 'Nowruz holiday (day 2)', 'solar', false),
('2026-03-23', 1405, 'عید نوروز', 'Nowruz holiday (day 3)', 'solar', false),
('2026-03-24', 1405, 'عید نوروز', 'Nowruz holiday (day 4)', 'solar', false),
('2026-04-01', 1405, 'روز جمهوری اسلامی', 'Islamic Republic Day', 'solar', false),
('2026-04-02', 1405, 'روز طبیعت', 'Nature Day (Sizdah Bedar)', 'solar', false),
('2026-06-04', 1405, 'رحلت امام خمینی', 'Death of Ayatollah Khomeini', 'solar', false),
('2026-06-05', 1405, 'قیام ۱۵ خرداد', '15 Khordad uprising', 'solar', false),
('2027-02-11', 1405, 'پیروزی انقلاب اسلامی', 'Revolution Day', 'solar', false),
('2027-03-20', 1405, 'روز ملی شدن صنعت نفت', 'Oil Nationalization Day', 'solar', false),
('2026-03-21', 1405, 'عید سعید فطر', 'Eid al-Fitr', 'lunar', false),
('2026-03-22', 1405, 'تعطیل به مناسبت عید سعید فطر', 'Eid al-Fitr holiday (day 2)', 'lunar', false),
('2026-04-14', 1405, 'شهادت امام جعفر صادق (ع)', 'Martyrdom of Imam Jafar Sadiq', 'lunar', true),
('2026-05-27', 1405, 'عید سعید قربان', 'Eid al-Adha', 'lunar', false),
('2026-06-04', 1405, 'عید سعید غدیر خم', 'Eid al-Ghadir', 'lunar', false),
('2026-06-24', 1405, 'تاسوعای حسینی', 'Tasua', 'lunar', false),
('2026-06-25', 1405, 'عاشورای حسینی', 'Ashura', 'lunar', false),
('2026-08-03', 1405, 'اربعین حسینی', 'Arbaeen', 'lunar', true),
('2026-08-11', 1405, 'رحلت رسول اکرم (ص) و شهادت امام حسن مجتبی (ع)', 'Death of the Prophet and martyrdom of Imam Hasan', 'lunar', true),
('2026-08-13', 1405, 'شهادت امام رضا (ع)', 'Martyrdom of Imam Reza', 'lunar', true),
('2026-08-21', 1405, 'شهادت امام حسن عسکری (ع)', 'Martyrdom of Imam Hasan Askari', 'lunar', true),
('2026-08-30', 1405, 'میلاد رسول اکرم (ص) و امام جعفر صادق (ع)', 'Birth of the Prophet and Imam Jafar Sadiq', 'lunar', true),
('2026-11-13', 1405, 'شهادت حضرت فاطمه زهرا (س)', 'Martyrdom of Fatimah', 'lunar', true),
('2026-12-22', 1405, 'ولادت امام علی (ع)', 'Birth of Imam Ali', 'lunar', true),
('2027-01-05', 1405, 'مبعث رسول اکرم (ص)', 'Mabath', 'lunar', true),
('2027-01-23', 1405, 'ولادت حضرت قائم (عج)', 'Birth of Imam Mahdi', 'lunar', true),
('2027-02-28', 1405, 'شهادت امام علی (ع)', 'Martyrdom of Imam Ali', 'lunar', true),
('2027-03-09', 1405, 'عید سعید فطر', 'Eid al-Fitr', 'lunar', true),
('2027-03-10', 1405, 'تعطیل به مناسبت عید سعید فطر', 'Eid al-Fitr holiday (day 2)', 'lunar', true),
('2027-03-21', 1406, 'آغاز نوروز', 'Nowruz (New Year)', 'solar', false),
('2027-03-22', 1406, 'عید نوروز', 'Nowruz holiday (day 2)', 'solar', false),
('2027-03-23', 1406, 'عید نوروز', 'Nowruz holiday (day 3)', 'solar', false),
('2027-03-24', 1406, 'عید نوروز', 'Nowruz holiday (day 4)', 'solar', false),
('2027-04-01', 1406, 'روز جمهوری اسلامی', 'Islamic Republic Day', 'solar', false),
('2027-04-02', 1406, 'روز طبیعت', 'Nature Day (Sizdah Bedar)', 'solar', false),
('2027-06-04', 1406, 'رحلت امام خمینی', 'Death of Ayatollah Khomeini', 'solar', false),
('2027-06-05', 1406, 'قیام ۱۵ خرداد', '15 Khordad uprising', 'solar', false),
('2028-02-11', 1406, 'پیروزی انقلاب اسلامی', 'Revolution Day', 'solar', false),
('2028-03-19', 1406, 'روز ملی شدن صنعت نفت', 'Oil Nationalization Day', 'solar', false),
('2027-04-02', 1406, 'شهادت امام جعفر صادق (ع)', 'Martyrdom of Imam Jafar Sadiq', 'lunar', true),
('2027-05-16', 1406, 'عید سعید قربان', 'Eid al-Adha', 'lunar', true),
('2027-05-24', 1406, 'عید سعید غدیر خم', 'Eid al-Ghadir', 'lunar', true),
('2027-06-14', 1406, 'تاسوعای حسینی', 'Tasua', 'lunar', true),
('2027-06-15', 1406, 'عاشورای حسینی', 'Ashura', 'lunar', true),
('2027-07-24', 1406, 'اربعین حسینی', 'Arbaeen', 'lunar', true),
('2027-08-01', 1406, 'رحلت رسول اکرم (ص) و شهادت امام حسن مجتبی (ع)', 'Death of the Prophet and martyrdom of Imam Hasan', 'lunar', true),
('2027-08-02', 1406, 'شهادت امام رضا (ع)', 'Martyrdom of Imam Reza', 'lunar', true),
('2027-08-10', 1406, 'شهادت امام حسن عسکری (ع)', 'Martyrdom of Imam Hasan Askari', 'lunar', true),
('2027-08-19', 1406, 'میلاد رسول اکرم (ص) و امام جعفر صادق (ع)', 'Birth of the Prophet and Imam Jafar Sadiq', 'lunar', true),
('2027-11-02', 1406, 'شهادت حضرت فاطمه زهرا (س)', 'Martyrdom of Fatimah', 'lunar', true),
('2027-12-11', 1406, 'ولادت امام علی (ع)', 'Birth of Imam Ali', 'lunar', true),
('2027-12-25', 1406, 'مبعث رسول اکرم (ص)', 'Mabath', 'lunar', true),
('2028-01-12', 1406, 'ولادت حضرت قائم (عج)', 'Birth of Imam Mahdi', 'lunar', true),
('2028-02-17', 1406, 'شهادت امام علی (ع)', 'Martyrdom of Imam Ali', 'lunar', true),
('2028-02-26', 1406, 'عید سعید فطر', 'Eid al-Fitr', 'lunar', true),
('2028-02-27', 1406, 'تعطیل به مناسبت عید سعید فطر', 'Eid al-Fitr holiday (day 2)', 'lunar', true)
;
