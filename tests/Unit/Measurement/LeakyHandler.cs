using System;
using DeepCopy.Core;

namespace DeepCopy.Tests.Measurement;

/// <summary>
/// A registered handler that returns the source itself, so the copy shares a mutable object with its source where no
/// option asks for it: the mistake a row's verification exists to catch. It claims only <see cref="LeakySource"/>, so it
/// leaks into no other test.
/// </summary>
internal sealed class LeakyHandler : DeepCopyHandler
{
    private static readonly LeakyHandler Instance = new LeakyHandler();

    public override bool NeedsPopulate => false;

    /// <summary>Registers the handler; later calls are no-ops.</summary>
    public static void EnsureRegistered() => DeepCopyRegistry.RegisterHandler(Instance);

    public override bool CanHandle(Type type) => type == typeof(LeakySource);

    public override object CreateShell(object source, DeepCopyContext context) => source;

    public override void Populate(object source, object shell, DeepCopyContext context)
    {
    }
}
