/**
 * A character reference of HTML up to its semicolon, as a pattern's source: a
 * name (“&amp”), or a number in decimal (“&#8217”) or hexadecimal
 * (“&#x2019”), captured in that order. One pattern for every reader of them:
 * the parser of HTML placing its words, the spacing check leaving a
 * reference's semicolon alone, and boilerplate finding one left in plain text.
 */
export const characterReference = '&(?:([A-Za-z][A-Za-z\\d]{1,31})|#(\\d{1,7})|#[xX]([\\dA-Fa-f]{1,6}))'
