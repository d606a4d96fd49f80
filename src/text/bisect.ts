/** The first index in the sorted run [low, high) of `array` whose value is not below `value` (`high` if none is). */
export function lowerBound(array: ArrayLike<number>, value: number, low = 0, high = array.length): number {
  while (low < high) {
    const middle = (low + high) >>> 1
    if (array[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}
