using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Comparison;

/// <summary>A dictionary key in a path names the key, readably and unambiguously, whatever framework type it is.</summary>
public sealed class KeyPathTests
{
    public static TheoryData<object, string> Keys => new TheoryData<object, string>
    {
        { FileAttributes.ReadOnly | FileAttributes.Hidden, "$[FileAttributes.ReadOnly, Hidden]" },
        { (DayOfWeek)42, "$[DayOfWeek.42]" },
        { DayOfWeek.Monday, "$[DayOfWeek.Monday]" },
        { TimeSpan.FromHours(1), "$[01:00:00]" },
        { new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), "$[[DateTimeOffset]2020-01-01T00:00:00.0000000+01:00]" },
        { (Int128)5, "$[[Int128]5]" },
        { (UInt128)5, "$[[UInt128]5]" },
        { (Half)1.5, "$[[Half]1.5]" },
        { "it\u2019s", "$['it\u2019\u2019s']" },
        { "a\u201Cb\n", "$[\"a`\u201Cb`n\"]" },
        { "line\u2028break", "$[\"line`u{2028}break\"]" },
        { new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), "$[2020-01-01T00:00:00.0000000Z]" },
        { typeof(int), "$[[System.Int32]]" },
        { 1, "$[1]" },
        { 1L, "$[1L]" },
        { 1m, "$[1d]" },
        { 1.0, "$[1.0]" },
        { 'a', "$[[char]'a']" },
        { "a\nb", "$[\"a`nb\"]" },
        { new Version(1, 2), "$[1.2]" },
        { new IntPtr(7), "$[[IntPtr]7]" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_missing_key_is_named_in_the_path(object key, string path)
    {
        var found = Assert.Single(DeepComparer.Compare(new Hashtable { [key] = 1 }, new Hashtable()));

        Assert.Equal(path, found.Path);
    }

    [Fact]
    public void Keys_of_different_types_that_print_alike_get_different_paths_and_messages()
    {
        var found = DeepComparer.Compare(new Hashtable { [1] = "a" }, new Hashtable { [1L] = "a" });

        Assert.Equal(new[] { "$[1]|MissingKey|The key 1 is missing.", "$[1L]|ExtraKey|The key 1L is not expected." }, found.Select(d => d.Path + "|" + d.Kind + "|" + d.Message));
    }

    [Fact]
    public void Set_items_of_different_types_that_print_alike_get_different_paths()
    {
        var found = DeepComparer.Compare(new HashSet<object> { 1 }, new HashSet<object> { 1L });

        Assert.Equal(new[] { "$[1]", "$[1L]" }, found.Select(d => d.Path));
    }

    [Fact]
    public void A_value_under_a_flags_key_has_the_key_in_its_path()
    {
        var key = FileAttributes.ReadOnly | FileAttributes.Hidden;
        var found = Assert.Single(DeepComparer.Compare(new Dictionary<FileAttributes, int> { [key] = 1 }, new Dictionary<FileAttributes, int> { [key] = 2 }));

        Assert.Equal("$[FileAttributes.ReadOnly, Hidden]", found.Path);
    }
}
