/**
 * 界别 as local CPPCC committees usually name them, offered while typing in the member form
 * (any other wording may be typed; the roster's own 界别 are offered first).
 */
export const commonSectors = [
  '中共',
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '无党派人士',
  '共青团',
  '工会',
  '妇联',
  '工商联',
  '科协',
  '侨联',
  '经济界',
  '农业界',
  '教育界',
  '科技界',
  '文化艺术界',
  '医药卫生界',
  '体育界',
  '新闻出版界',
  '社会科学界',
  '社会福利和社会保障界',
  '少数民族界',
  '宗教界',
  '特邀人士',
];
