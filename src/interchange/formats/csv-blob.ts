/** A UTF-8 byte-order mark, so Excel reads accented city names and sources correctly. */
export const csvBlob = (text: string): Blob => new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
