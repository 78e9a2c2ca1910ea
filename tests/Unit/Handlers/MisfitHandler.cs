using System;
using DeepCopy.Core;

namespace DeepCopy.Tests.Handlers;

/// <summary>
/// A registered handler that breaks the rule every copy keeps: its CreateShell returns a plain object, which fits no
/// slot typed <see cref="MisfitSource"/>. It claims only that test type, so it leaks into no other test.
/// </summary>
internal sealed class MisfitHandler : DeepCopyHandler
{
    private static readonly MisfitHandler Instance = new MisfitHandler();

    public override bool NeedsPopulate => false;

    /// <summary>Registers the handler; later calls are no-ops.</summary>
    public static void EnsureRegistered() => DeepCopyRegistry.RegisterHandler(Instance);

    public override bool CanHandle(Type type) => type == typeof(MisfitSource);

    public override object CreateShell(object source, DeepCopyContext context) => ((MisfitSource)source).MakeNull ? null! : new object();

    public override void Populate(object source, object shell, DeepCopyContext context)
    {
    }
}
