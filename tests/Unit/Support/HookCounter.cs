using System.Threading;
using Xunit;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Values for a big collection: mostly immutable numbers, with a <see cref="HookItem"/> every
/// <see cref="Spacing"/> entries. The first hook whose shell the copy makes cancels <see cref="Cancellation"/>; each one
/// counts itself, so a test sees how many hooks the copy still reached after the cancellation.
/// </summary>
internal sealed class HookCounter
{
    /// <summary>Entries per hook: a hook schedules one work item, so the numbers between them leave the loop on its own.</summary>
    public const int Spacing = 100;

    private int _created;

    public CancellationTokenSource Cancellation { get; } = new CancellationTokenSource();

    /// <summary>Hooks whose shells the copy made.</summary>
    public int Reached { get; private set; }

    /// <summary>The value for entry <paramref name="index"/>.</summary>
    public object ValueAt(int index)
    {
        if (index % Spacing != 0)
        {
            return index;
        }

        _created++;
        return new HookItem(onShell: () =>
        {
            if (++Reached == 1)
            {
                Cancellation.Cancel();
            }
        });
    }

    public void AssertStoppedEarly() =>
        Assert.True(Reached < _created, $"The copy reached all {_created} hooks: it went through the whole collection after the cancellation.");
}
