using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Core.Measurement;
using Xunit;

namespace DeepCopy.Tests.Api;

/// <summary>
/// Public entry points refuse nonsense at once, with the parameter's name, instead of a NullReferenceException deep
/// inside or a value that silently acts as another. Found by a tester reading only the XML docs.
/// </summary>
public sealed class ArgumentContractTests
{
    [Fact]
    public void Options_refuse_values_outside_their_enums()
    {
        var options = new DeepCopyOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options.NonCopyableAction = (NonCopyableAction)99);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Strategy = (DeepCopyStrategy)99);
        Assert.Equal(NonCopyableAction.Throw, options.NonCopyableAction);
        Assert.Equal(DeepCopyStrategy.Auto, options.Strategy);
    }

    [Fact]
    public void Default_options_cannot_be_changed_for_everyone()
    {
        DeepCopyOptions.Default.Strategy = DeepCopyStrategy.Json;

        Assert.Equal(DeepCopyStrategy.Auto, DeepCopyOptions.Default.Strategy);
        var copy = DeepCopier.Copy(new List<int> { 1 });
        Assert.IsType<List<int>>(copy);
    }

    [Fact]
    public void Measurement_rows_refuse_null_and_unknown_strategies_up_front()
    {
        Assert.Throws<ArgumentNullException>("options", () => MeasurableCopy.ForOptions(null!));
        Assert.Throws<ArgumentOutOfRangeException>("strategy", () => MeasurableCopy.ForStrategy((DeepCopyStrategy)99));
        var runner = new MeasurementRunner();
        Assert.Throws<ArgumentException>("copies", () => runner.Run(new object(), new[] { MeasurableCopy.ForStrategy(DeepCopyStrategy.Auto), null! }));
    }

    [Fact]
    public void A_row_keeps_the_options_it_was_made_with()
    {
        var options = new DeepCopyOptions { Strategy = DeepCopyStrategy.Auto };
        var row = MeasurableCopy.ForOptions(options);

        options.Strategy = DeepCopyStrategy.Json;

        Assert.Equal("Auto", row.Name);
        Assert.IsType<List<int>>(row.Copy(new List<int> { 1 }));
    }

    [Theory]
    [InlineData(nameof(MeasurementSettings.MinIterations))]
    [InlineData(nameof(MeasurementSettings.MaxIterations))]
    public void Measurement_settings_refuse_counts_below_one(string name)
    {
        var settings = new MeasurementSettings();
        var property = typeof(MeasurementSettings).GetProperty(name)!;

        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => property.SetValue(settings, 0));

        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
    }

    [Theory]
    [InlineData(nameof(MeasurementSettings.WarmupTime))]
    [InlineData(nameof(MeasurementSettings.JitQuietTime))]
    [InlineData(nameof(MeasurementSettings.MaxWarmupTime))]
    [InlineData(nameof(MeasurementSettings.TargetTimePerRow))]
    [InlineData(nameof(MeasurementSettings.MinIterationTime))]
    public void Measurement_settings_refuse_negative_times(string name)
    {
        var settings = new MeasurementSettings();
        var property = typeof(MeasurementSettings).GetProperty(name)!;

        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => property.SetValue(settings, TimeSpan.FromMilliseconds(-1)));

        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
        property.SetValue(settings, TimeSpan.Zero);
    }

    [Fact]
    public void Ordered_dictionary_registration_takes_only_closed_dictionary_types()
    {
        Assert.Throws<ArgumentException>("type", () => DeepComparer.RegisterOrderedDictionary(typeof(int)));
        Assert.Throws<ArgumentException>("type", () => DeepComparer.RegisterOrderedDictionary(typeof(List<>)));
        Assert.Throws<ArgumentException>("type", () => DeepComparer.RegisterOrderedDictionary(typeof(Dictionary<,>)));
    }

    [Fact]
    public void Ordered_dictionary_registration_names_a_generic_type_as_PowerShell_writes_it()
    {
        var error = Assert.Throws<ArgumentException>("type", () => DeepComparer.RegisterOrderedDictionary(typeof(List<int>)));

        Assert.StartsWith("[System.Collections.Generic.List[System.Int32]] is not a closed dictionary type", error.Message);
        Assert.Contains("[System.Collections.Generic.Dictionary[TKey,TValue]] is not", Assert.Throws<ArgumentException>(() => DeepComparer.RegisterOrderedDictionary(typeof(Dictionary<,>))).Message);
    }

    [Fact]
    public void Policy_builder_and_kinds_name_the_real_problem()
    {
        Assert.Throws<ArgumentNullException>("type", () => new TypePolicySetBuilder().Remove(null!));
        var unknown = Assert.Throws<ArgumentOutOfRangeException>("kind", () => TypePolicy.FromKind((TypePolicyKind)99));
        Assert.DoesNotContain("Custom", unknown.Message);
        var custom = Assert.Throws<ArgumentOutOfRangeException>("kind", () => TypePolicy.FromKind(TypePolicyKind.Custom));
        Assert.Contains("Custom", custom.Message);
    }

    [Fact]
    public void The_context_refuses_null_collections()
    {
        Exception? dictionary = null;
        Exception? changed = null;
        var policies = new TypePolicySetBuilder().Custom(typeof(Holder), (value, context) =>
        {
            dictionary = Record.Exception(() => context.PopulateDictionary(null!, new Hashtable()));
            changed = Record.Exception(() => context.ReportSourceChanged(null!));
            return new Holder();
        }).Build();

        DeepCopier.Copy(new Holder(), new DeepCopyOptions { TypePolicies = policies, Strategy = DeepCopyStrategy.Reflection });

        Assert.Equal("source", Assert.IsType<ArgumentNullException>(dictionary).ParamName);
        Assert.Equal("collection", Assert.IsType<ArgumentNullException>(changed).ParamName);
    }

    [Fact]
    public void Compare_honours_a_token_cancelled_before_the_call()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => DeepComparer.Compare(1, 2, new DeepCompareOptions { CancellationToken = cancelled.Token }));
    }

    public sealed class Holder
    {
    }
}
