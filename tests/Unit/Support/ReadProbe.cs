using System.Threading;

namespace DeepCopy.Tests.Support;

/// <summary>
/// Counts the items read from <see cref="ObservedCollection"/>s and cancels <see cref="Cancellation"/> at the first one.
/// Two compared collections share one probe, so both count into it and their probe fields compare as one instance.
/// </summary>
internal sealed class ReadProbe
{
    public CancellationTokenSource Cancellation { get; } = new CancellationTokenSource();

    public int ItemsRead { get; private set; }

    public void Read()
    {
        if (++ItemsRead == 1)
        {
            Cancellation.Cancel();
        }
    }
}
