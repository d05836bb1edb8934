/**
 * Abbreviations written with a final dot that do not end a sentence ("TP. Hồ Chí Minh",
 * "PGS.TS. Nguyễn Văn A", "Th.S Lê B"). Compared with the last dotted part before the dot.
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'TP', 'Tp', 'tp', 'PGS', 'GS', 'TS', 'TSKH', 'ThS', 'Ths', 'Th', 'S', 'BS', 'CKI', 'CKII', 'KS', 'CN', 'NXB',
  'Q', 'P', 'TX', 'TT', 'H', 'X', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Nxb', 'v.v', 'vv', 'tr', 'Tr', 'đ/c', 'Đ/c', 'Đ/C',
]
