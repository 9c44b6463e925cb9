namespace Akutprognos.Ingest.Weblogs;

/// <summary>
/// A set of 64-bit keyed hashes: open addressing with linear probing, 8 bytes a slot at most 5/8 full.
/// Hand-written because <see cref="HashSet{T}"/> spends about three times the memory per entry and the
/// hashes are already uniform, so the value itself picks the slot. Zero marks an empty slot; a hash of
/// zero is stored as one (a chance of 2^-64 per visitor to merge two).
/// </summary>
internal sealed class HashSet64
{
    ulong[] slots = new ulong[16];
    int limit = 10;

    public int Count { get; private set; }

    public void Add(ulong hash)
    {
        if (hash == 0)
        {
            hash = 1;
        }
        var mask = slots.Length - 1;
        var i = (int)(hash >> 40) & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot == hash)
            {
                return;
            }
            if (slot == 0)
            {
                slots[i] = hash;
                if (++Count > limit)
                {
                    Grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    public void UnionWith(HashSet64 other)
    {
        foreach (var hash in other.slots)
        {
            if (hash != 0)
            {
                Add(hash);
            }
        }
    }

    /// <summary>The stored hashes, in no particular order.</summary>
    public IEnumerable<ulong> Items() => slots.Where(h => h != 0);

    void Grow()
    {
        var old = slots;
        slots = new ulong[old.Length * 2];
        limit = slots.Length / 8 * 5;
        Count = 0;
        foreach (var hash in old)
        {
            if (hash != 0)
            {
                Add(hash);
            }
        }
    }
}
