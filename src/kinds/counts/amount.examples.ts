import { defineExamples } from '../../grammars/define-examples.ts'

/** Money and measures go to `amounts`, never to `counts`. */
export default defineExamples({
  field: 'amounts',
  examples: [
    { text: '20 triệu đồng', expect: { value: 20_000_000, unit: 'VND' } },
    { text: 'hơn 2.342 tỉ đồng', expect: { value: 2_342_000_000_000, unit: 'VND', qualifier: 'more_than' } },
    { text: '35 ha', expect: { value: 35, unit: 'ha' } },
    // No space before the unit: the span still ends with it.
    { text: '35ha', expect: { value: 35, unit: 'ha' } },
    { text: '12 km', expect: { value: 12, unit: 'km' } },
    { text: 'khoảng 150 tấn', expect: { value: 150, unit: 'tonne', qualifier: 'about' } },
    // A scale word before tỷ multiplies it: money, not a count of "tỷ đồng".
    { text: '714,5 nghìn tỷ đồng', expect: { value: 714_500_000_000_000, unit: 'VND' } },
    { text: 'gần 1,3 triệu tỉ đồng', expect: { value: 1_300_000_000_000_000, unit: 'VND', qualifier: 'nearly' } },
    // Prices per unit and technical ratings are measures.
    { text: '6,95 cent', expect: { value: 6.95, unit: 'cent' } },
    { text: '500 kV', expect: { value: 500, unit: 'kV' } },
    { text: '100.000 DWT', expect: { value: 100_000, unit: 'DWT' } },
  ],
  negative: ['49.820 đảng viên', '100% xã', 'năm 2023'],
})
