using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;
using DeepCopy.Core;
using DeepCopy.Handlers;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.PowerShellTypes;

/// <summary>
/// Receive-Job and remoting add PSComputerName, RunspaceId and PSShowComputerName to every object, and bring a
/// [version], [uri] or [cultureinfo] back as a live value. PowerShell keeps those notes under the value, which the copy
/// shares, so every exact strategy refused them. Such a value now gets a fresh, equal instance of its own to carry the
/// copied notes; a value that cannot be made again faithfully is still refused, with an error of its own.
/// </summary>
public sealed class SharedValueMembersTests
{
    public SharedValueMembersTests() => PowerShellRegistrations.EnsureRegistered();

    public static TheoryData<DeepCopyStrategy, string> Values =>
        Strategies.With("Version", "Uri", "RelativeUri", "UriWithFragment", "ReadOnlyCulture", "InvariantCulture");

    [Theory]
    [MemberData(nameof(Values))]
    public void A_job_value_with_job_notes_copies_onto_an_equal_instance_of_its_own(DeepCopyStrategy strategy, string kind)
    {
        var value = Value(kind);
        var source = new List<object> { AsJobOutput(value) };
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        before.AssertUnchanged(source);
        var wrapper = Assert.IsType<PSObject>(copy[0]);
        Assert.NotSame(value, wrapper.ImmediateBaseObject);
        Assert.Equal(value, wrapper.ImmediateBaseObject);
        Assert.Equal(value.ToString(), wrapper.ImmediateBaseObject.ToString());
        Assert.Equal("server1", wrapper.Properties["PSComputerName"]!.Value);
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));

        wrapper.Properties["PSComputerName"]!.Value = "changed";
        wrapper.Properties.Add(new PSNoteProperty("Added", 1));
        Assert.Equal("server1", ((PSObject)source[0]).Properties["PSComputerName"]!.Value);
        Assert.Null(((PSObject)source[0]).Properties["Added"]);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Two_wrappers_of_one_value_share_one_stand_in_in_the_copy(DeepCopyStrategy strategy)
    {
        // Two job results that hold the same Version: PowerShell keeps the notes under the value, so both wrappers show
        // them. The copy holds one fresh Version between its two wrappers, as the source holds one.
        var value = new Version(1, 2, 3);
        var first = AsJobOutput(value);
        var second = new PSObject(value);
        var source = new List<object> { first, second };
        var before = GraphSnapshot.Take(source);

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        before.AssertUnchanged(source);
        var firstCopy = Assert.IsType<PSObject>(copy[0]);
        var secondCopy = Assert.IsType<PSObject>(copy[1]);
        Assert.NotSame(firstCopy, secondCopy);
        Assert.NotSame(value, firstCopy.ImmediateBaseObject);
        Assert.Same(firstCopy.ImmediateBaseObject, secondCopy.ImmediateBaseObject);
        Assert.Equal("server1", firstCopy.Properties["PSComputerName"]!.Value);
        Assert.Equal("server1", secondCopy.Properties["PSComputerName"]!.Value);
        Assert.Single(secondCopy.Properties, property => property.Name == "PSComputerName");
        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }));
    }

    [Theory]
    [InlineData(DeepCopyStrategy.Pooled)]
    [InlineData(DeepCopyStrategy.Auto)]
    public void A_context_kept_on_its_thread_keeps_no_stand_in_alive_after_the_copy(DeepCopyStrategy strategy)
    {
        // Auto and Pooled keep their context on the thread for the next copy: the last copy's stand-ins (and the notes
        // PowerShell keeps under them) must not live on in it once the copy has been dropped.
        var standIn = CopyAndDrop(new Version(7, 8), strategy);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(standIn.IsAlive);
    }

    [Fact]
    public void A_stand_in_is_not_reused_by_the_next_copy()
    {
        var value = new Version(4, 5);
        var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Pooled };

        var one = (PSObject)DeepCopier.Copy(new List<object> { AsJobOutput(value) }, options)![0];
        var two = (PSObject)DeepCopier.Copy(new List<object> { AsJobOutput(value) }, options)![0];

        Assert.NotSame(one.ImmediateBaseObject, two.ImmediateBaseObject);
        Assert.Equal(value, two.ImmediateBaseObject);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_culture_keeps_what_makes_it_that_culture(DeepCopyStrategy strategy)
    {
        var readOnly = CultureInfo.ReadOnly(new CultureInfo("fr-FR", useUserOverride: true));
        var custom = new CultureInfo("de-DE", useUserOverride: false);
        custom.NumberFormat.NumberDecimalSeparator = "#";

        var copy = DeepCopier.Copy(new List<object> { AsJobOutput(readOnly), AsJobOutput(custom) }, new DeepCopyOptions { Strategy = strategy })!;

        var copiedReadOnly = (CultureInfo)((PSObject)copy[0]).ImmediateBaseObject;
        var copiedCustom = (CultureInfo)((PSObject)copy[1]).ImmediateBaseObject;
        Assert.True(copiedReadOnly.IsReadOnly);
        Assert.True(copiedReadOnly.UseUserOverride);
        Assert.False(copiedCustom.IsReadOnly);
        Assert.False(copiedCustom.UseUserOverride);
        Assert.Equal("#", copiedCustom.NumberFormat.NumberDecimalSeparator);
        Assert.Equal(1.5.ToString(custom), 1.5.ToString(copiedCustom));
        copiedCustom.NumberFormat.NumberDecimalSeparator = ",";
        Assert.Equal("#", custom.NumberFormat.NumberDecimalSeparator);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_shared_value_that_cannot_be_made_again_is_refused_naming_its_members(DeepCopyStrategy strategy)
    {
        // A Regex is shared by every strategy and has no faithful fresh instance (compiled state, caches); a new one,
        // because the members stay under it for the rest of the process.
        var list = new List<int> { 1 };
        var source = new PSObject(new Regex("a+"));
        source.Properties.Add(new PSNoteProperty("Owner", list));
        source.Properties.Add(new PSNoteProperty("PSComputerName", "server1"));
        var holder = new List<object> { source };
        var before = GraphSnapshot.Take(holder);

        var error = Assert.Throws<DeepCopyException>(() => DeepCopier.Copy(holder, new DeepCopyOptions { Strategy = strategy }));

        Assert.Equal(DeepCopyErrorKind.HandlerFailed, error.Kind);
        Assert.Equal("$[0]", error.Path);
        var refusal = Assert.IsType<SharedValueMembersException>(error.InnerException);
        Assert.Equal(new[] { "Owner", "PSComputerName" }, refusal.MemberNames);
        Assert.Contains("Owner", error.Message, StringComparison.Ordinal);
        Assert.Contains("PSComputerName", refusal.RecommendedAction, StringComparison.Ordinal);
        before.AssertUnchanged(holder);
        Assert.Same(list, source.Properties["Owner"]!.Value);
    }

    [Fact]
    public void A_uri_made_with_escaping_turned_off_is_not_made_again()
    {
#pragma warning disable CS0618 // The obsolete constructor is the only way to make such a Uri.
        var escaped = new Uri("http://x/a%20b", dontEscape: true);
#pragma warning restore CS0618

        Assert.False(FreshSharedValues.TryCopy(escaped, out _));
        Assert.True(FreshSharedValues.TryCopy(new Uri("http://x/a%20b"), out var fresh));
        Assert.Equal("http://x/a%20b", ((Uri)fresh).OriginalString);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference CopyAndDrop(Version value, DeepCopyStrategy strategy)
    {
        var copy = DeepCopier.Copy(new List<object> { AsJobOutput(value) }, new DeepCopyOptions { Strategy = strategy })!;
        var standIn = ((PSObject)copy[0]).ImmediateBaseObject;
        Assert.NotSame(value, standIn);
        return new WeakReference(standIn);
    }

    /// <summary>What Receive-Job returns for a value: the value wrapped, with the notes every job output object gets.</summary>
    private static PSObject AsJobOutput(object value)
    {
        var wrapper = new PSObject(value);
        wrapper.Properties.Add(new PSNoteProperty("PSComputerName", "server1"));
        wrapper.Properties.Add(new PSNoteProperty("RunspaceId", Guid.NewGuid()));
        wrapper.Properties.Add(new PSNoteProperty("PSShowComputerName", false));
        return wrapper;
    }

    private static object Value(string kind) => kind switch
    {
        "Version" => new Version(1, 2),
        "Uri" => new Uri("http://x/"),
        "RelativeUri" => new Uri("rel/a", UriKind.Relative),
        "UriWithFragment" => new Uri("http://user@X/a?q=1#f"),
        // New instances: notes added to the process's cached cultures would show on every wrapper of them.
        "ReadOnlyCulture" => CultureInfo.ReadOnly(new CultureInfo("fr-FR")),
        _ => new CultureInfo(string.Empty, useUserOverride: false),
    };
}
