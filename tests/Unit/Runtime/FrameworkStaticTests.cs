using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml;
using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Runtime;

/// <summary>
/// The class library keeps sentinels and tables in static readonly fields and recognises them by reference: a state
/// table an XmlTextWriter points at, the mark an ArrayList enumerator holds before its first item, Type.Missing. A copy
/// that made them new objects no longer meant what the source meant. The copy keeps the very instances; objects of the
/// user's own types held in static readonly fields are copied as before.
/// </summary>
public sealed class FrameworkStaticTests
{
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_copied_xml_text_writer_carries_on_with_its_document(DeepCopyStrategy strategy)
    {
        var text = new StringWriter();
        var writer = new XmlTextWriter(text);
        writer.WriteStartDocument();
        writer.WriteStartElement("r");

        var copy = DeepCopier.Copy(new object[] { text, writer }, new DeepCopyOptions { Strategy = strategy })!;
        var copiedText = (StringWriter)copy[0];
        var copiedWriter = (XmlTextWriter)copy[1];
        copiedWriter.WriteElementString("x", "copy");
        copiedWriter.WriteEndDocument();
        copiedWriter.Flush();
        writer.WriteElementString("x", "source");
        writer.WriteEndDocument();
        writer.Flush();

        Assert.EndsWith("<r><x>copy</x></r>", copiedText.ToString());
        Assert.EndsWith("<r><x>source</x></r>", text.ToString());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Type_missing_stays_type_missing_so_an_optional_parameter_takes_its_default(DeepCopyStrategy strategy)
    {
        var arguments = new object[] { Type.Missing, new List<int>() };
        var options = new DeepCopyOptions { Strategy = strategy };

        var copy = DeepCopier.Copy(arguments, options)!;
        var root = DeepCopier.Copy<object>(Missing.Value, options);

        Assert.Same(Type.Missing, copy[0]);
        Assert.Same(Missing.Value, root);
        Assert.NotSame(arguments[1], copy[1]);
        var method = typeof(FrameworkStaticTests).GetMethod(nameof(Optional), BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Equal(5, method.Invoke(null, BindingFlags.OptionalParamBinding, null, new[] { copy[0] }, null));
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_arraylist_enumerator_before_its_first_or_after_its_last_item_has_no_current_item_in_the_copy(DeepCopyStrategy strategy)
    {
        var list = new ArrayList { 1, 2 };
        var notStarted = list.GetEnumerator();
        var finished = list.GetEnumerator();
        while (finished.MoveNext())
        {
        }

        var started = list.GetEnumerator();
        started.MoveNext();
        var options = new DeepCopyOptions { Strategy = strategy };

        var notStartedCopy = DeepCopier.Copy(notStarted, options)!;
        var finishedCopy = DeepCopier.Copy(finished, options)!;
        var startedCopy = DeepCopier.Copy(started, options)!;

        Assert.Throws<InvalidOperationException>(() => notStartedCopy.Current);
        Assert.Throws<InvalidOperationException>(() => finishedCopy.Current);
        Assert.True(notStartedCopy.MoveNext());
        Assert.Equal(1, notStartedCopy.Current);
        Assert.Equal(1, startedCopy.Current);
        Assert.True(startedCopy.MoveNext());
        Assert.Equal(2, startedCopy.Current);
        Assert.False(startedCopy.MoveNext());
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Every_copy_keeps_the_statics_also_when_its_context_met_their_type_in_an_earlier_copy(DeepCopyStrategy strategy)
    {
        // Pooled and Auto reuse the thread's context, whose plans stay loaded: no plan load announces the type again.
        var options = new DeepCopyOptions { Strategy = strategy };
        var notStarted = new ArrayList { 1 }.GetEnumerator();

        var first = DeepCopier.Copy(notStarted, options)!;
        var second = DeepCopier.Copy(new object[] { notStarted }, options)!;

        Assert.Throws<InvalidOperationException>(() => first.Current);
        Assert.Throws<InvalidOperationException>(() => ((IEnumerator)second[0]).Current);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_type_policy_for_the_type_of_a_static_still_applies_to_it(DeepCopyStrategy strategy)
    {
        // TextWriter.Null is one of the statics a StringWriter's copy keeps; met after one, it still follows its policy.
        var policies = TypePolicySet.CreateBuilder().SetNull(typeof(Missing)).SetNull(TextWriter.Null.GetType()).Build();
        var source = new object[] { Type.Missing, new StringWriter(), TextWriter.Null, new ArrayList { 1 }.GetEnumerator() };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy, TypePolicies = policies })!;

        Assert.Null(copy[0]);
        Assert.IsType<StringWriter>(copy[1]);
        Assert.Null(copy[2]);
        Assert.Throws<InvalidOperationException>(() => ((IEnumerator)copy[3]).Current);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void An_object_a_user_type_holds_in_a_static_readonly_field_is_still_copied(DeepCopyStrategy strategy)
    {
        // Only the class library's statics are its configuration; a user's are data the copy must not share.
        var source = new UsesSharedDefaults();

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.NotSame(UsesSharedDefaults.Defaults, copy.Settings);
        Assert.NotSame(UsesSharedDefaults.Marker, copy.Mark);
        Assert.Equal(UsesSharedDefaults.Defaults, copy.Settings);
    }

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Copies_that_keep_framework_statics_are_equal_to_their_sources_and_independent(DeepCopyStrategy strategy)
    {
        var text = new StringWriter();
        var writer = new XmlTextWriter(text);
        writer.WriteStartDocument();
        var source = new object[] { writer, new ArrayList { 1 }.GetEnumerator(), Type.Missing };

        var copy = DeepCopier.Copy(source, new DeepCopyOptions { Strategy = strategy })!;

        Assert.Empty(DeepComparer.Compare(source, copy, new DeepCompareOptions { Independence = true }).Select(d => d.Path + " " + d.Message));
    }

    [Fact]
    public void The_comparer_reports_a_copy_that_made_a_framework_sentinel_new()
    {
        var notStarted = new ArrayList { 1 }.GetEnumerator();
        var copy = DeepCopier.Copy(notStarted)!;
        var current = copy.GetType().GetField("_currentElement", BindingFlags.NonPublic | BindingFlags.Instance)!;
        current.SetValue(copy, new object());

        var difference = Assert.Single(DeepComparer.Compare(notStarted, copy));
        var missing = Assert.Single(DeepComparer.Compare(Missing.Value, System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Missing))));

        Assert.Equal("$._currentElement", difference.Path);
        Assert.Equal(DeepDifferenceKind.ValueDifferent, difference.Kind);
        Assert.Contains("s_dummyObject", difference.Message);
        Assert.Equal("$", missing.Path);
    }

    private static int Optional(int value = 5) => value;

    private sealed class UsesSharedDefaults
    {
        public static readonly List<string> Defaults = new List<string> { "a" };

        public static readonly object Marker = new object();

        public List<string> Settings = Defaults;

        public object Mark = Marker;
    }
}
