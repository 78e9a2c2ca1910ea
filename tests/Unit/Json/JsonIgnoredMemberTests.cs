using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using DeepCopy.Core;
using Xunit;
using static DeepCopy.Tests.Json.JsonTestSupport;

namespace DeepCopy.Tests.Json;

/// <summary>
/// Members marked [DeepCopyIgnore] are left out of a Json copy, as every strategy leaves them uncopied. Once public
/// fields were written, the policies page's own example failed: its ignored Socket field was read and refused, and an
/// ignored counter came back with its value (regression hunt of 2026-11-28).
/// </summary>
public sealed class JsonIgnoredMemberTests
{
    [Fact]
    public void Ignored_fields_and_auto_properties_are_not_written()
    {
        var copy = Copy(new Session());

        Assert.Equal(new[] { "Name", "Kept" }, Names(copy));
        Assert.Equal("s1", Note(copy, "Name"));
    }

    [Fact]
    public void An_ignored_non_copyable_field_does_not_fail_the_copy()
    {
        var copy = Copy(new Session(), Options(NonCopyableAction.Throw));

        Assert.Null(((PSObject)copy!).Properties["Connection"]);
    }

    [Fact]
    public void An_ignored_member_still_hides_the_base_member_of_its_name()
    {
        var copy = Copy(new HidingLevel());

        Assert.Equal(new[] { "Other" }, Names(copy));
    }

    [Fact]
    public void An_override_of_an_ignored_property_is_ignored_and_its_getter_never_runs()
    {
        var copy = Copy(new OverridingSecret());

        Assert.Equal(new[] { "Visible" }, Names(copy));
    }

    private static string[] Names(object? custom) => ((PSObject)custom!).Properties.Select(property => property.Name).ToArray();

    private class Session
    {
        public string Name = "s1";

        [DeepCopyIgnore]
        public Stream Connection = new MemoryStream();

        [DeepCopyIgnore]
        public int RetryCount = 5;

        [DeepCopyIgnore]
        public List<string> Cache { get; set; } = new List<string> { "cached" };

        [field: DeepCopyIgnore]
        public Guid Id { get; set; } = Guid.NewGuid();

        public int Kept { get; set; } = 1;
    }

    private class Secretive
    {
        [DeepCopyIgnore]
        public virtual string Secret { get; set; } = "base";

        public int Visible { get; set; } = 1;
    }

    private sealed class OverridingSecret : Secretive
    {
        public override string Secret
        {
            get => throw new InvalidOperationException("The getter of an ignored property ran.");
            set { }
        }
    }

    private class Level
    {
        public int Value = 1;

        public int Other = 3;
    }

    private sealed class HidingLevel : Level
    {
        [DeepCopyIgnore]
        public new int Value = 2;
    }
}
