using DeepCopy.Core.Engine;
using Xunit;

namespace DeepCopy.Tests.Engine;

/// <summary>The chunked scratch list: items survive growth across chunks, and removed items keep nothing alive.</summary>
public sealed class ChunkedListTests
{
    private struct Slot
    {
        public object? Value;
        public int Number;
    }

    [Fact]
    public void Items_keep_their_values_across_many_chunks()
    {
        var list = new ChunkedList<Slot>(4);
        for (var i = 0; i < 5000; i++)
        {
            ref var slot = ref list.Add();
            slot.Number = i;
            slot.Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(5000, list.Count);
        Assert.True(list.Capacity >= 5000);
        for (var i = 0; i < 5000; i++)
        {
            Assert.Equal(i, list[i].Number);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), list[i].Value);
        }
    }

    [Fact]
    public void Truncate_across_chunks_clears_what_it_drops()
    {
        var list = new ChunkedList<Slot>();
        for (var i = 0; i < 3000; i++)
        {
            list.Add().Value = new object();
        }

        list.Truncate(10);
        Assert.Equal(10, list.Count);
        for (var i = 10; i < 3000; i++)
        {
            // The storage is reused, and it must come back empty, holding no dropped object.
            ref var slot = ref list.Add();
            Assert.Null(slot.Value);
            Assert.Equal(0, slot.Number);
        }

        Assert.NotNull(list[9].Value);
    }

    [Fact]
    public void RemoveLast_returns_the_item_and_clears_its_place()
    {
        var list = new ChunkedList<Slot>(1);
        for (var i = 0; i < 1030; i++)
        {
            list.Add().Number = i;
        }

        var last = list.RemoveLast();
        Assert.Equal(1029, last.Number);
        Assert.Equal(1029, list.Count);
        Assert.Equal(0, list.Add().Number);
    }

    [Fact]
    public void Clear_empties_the_list_and_keeps_its_capacity()
    {
        var list = new ChunkedList<Slot>();
        for (var i = 0; i < 2100; i++)
        {
            list.Add().Value = "x";
        }

        var capacity = list.Capacity;
        list.Clear();

        Assert.Equal(0, list.Count);
        Assert.Equal(capacity, list.Capacity);
        Assert.Null(list.Add().Value);
    }
}
