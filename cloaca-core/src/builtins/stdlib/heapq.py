# heapq, written in Python inside Cloaca (CPython's algorithms).

def _hq_siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _hq_siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _hq_siftdown(heap, startpos, pos)


def _hq_heappush(heap, item):
    heap.append(item)
    _hq_siftdown(heap, 0, len(heap) - 1)


def _hq_heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _hq_siftup(heap, 0)
        return returnitem
    return lastelt


def _hq_heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _hq_siftup(heap, 0)
    return returnitem


def _hq_heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _hq_siftup(heap, 0)
    return item


def _hq_heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _hq_siftup(x, i)


def _hq_nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def _hq_nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def _hq_merge(*iterables, key=None, reverse=False):
    out = []
    for it in iterables:
        out.extend(it)
    return iter(sorted(out, key=key, reverse=reverse))


heappush = _hq_heappush
heappop = _hq_heappop
heapreplace = _hq_heapreplace
heappushpop = _hq_heappushpop
heapify = _hq_heapify
nsmallest = _hq_nsmallest
nlargest = _hq_nlargest
merge = _hq_merge
