using System;
using DeepCopy.Core;

namespace DeepCopy.Tests.Handlers;

/// <summary>A registered handler whose CanHandle throws for <see cref="ProbedThing"/> and declines every other type.</summary>
internal sealed class ThrowingProbeHandler : DeepCopyHandler
{
    public const string Failure = "the probe failed";

    private static readonly ThrowingProbeHandler Instance = new ThrowingProbeHandler();

    /// <summary>Registers the handler; later calls are no-ops.</summary>
    public static void EnsureRegistered() => DeepCopyRegistry.RegisterHandler(Instance);

    public override bool CanHandle(Type type) => type == typeof(ProbedThing) ? throw new NotSupportedException(Failure) : false;

    public override object CreateShell(object source, DeepCopyContext context) => throw new InvalidOperationException("never asked");

    public override void Populate(object source, object shell, DeepCopyContext context)
    {
    }
}
