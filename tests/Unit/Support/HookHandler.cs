using System;
using DeepCopy.Core;

namespace DeepCopy.Tests.Support;

/// <summary>
/// The registered handler for <see cref="HookItem"/>. It claims that test-only type and nothing else, so registering
/// it (which clears the plan cache once) changes no other type's plan and leaks into no other test.
/// </summary>
internal sealed class HookHandler : DeepCopyHandler
{
    private static readonly HookHandler Instance = new HookHandler();

    /// <summary>Registers the handler; later calls are no-ops.</summary>
    public static void EnsureRegistered() => DeepCopyRegistry.RegisterHandler(Instance);

    public override bool CanHandle(Type type) => type == typeof(HookItem);

    public override object CreateShell(object source, DeepCopyContext context)
    {
        ((HookItem)source).OnShell?.Invoke();
        return new HookItem();
    }

    public override void Populate(object source, object shell, DeepCopyContext context)
    {
        var item = (HookItem)source;
        item.OnPopulate?.Invoke(item, context);
    }
}
