using System;
using System.Data;
using System.Threading;
using DeepCopy.Core;
using DeepCopy.Tests.Support;
using Xunit;

namespace DeepCopy.Tests.SystemData;

/// <summary>Ctrl+C (a cancelled token) stops a long table copy between rows, not after the whole table.</summary>
public sealed class DataTableCancellationTests
{
    public DataTableCancellationTests() => HookHandler.EnsureRegistered();

    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void A_token_cancelled_by_an_early_row_stops_the_copy_before_the_last_row(DeepCopyStrategy strategy)
    {
        using var cancellation = new CancellationTokenSource();
        var reached = false;
        var table = new DataTable("long");
        table.Columns.Add("payload", typeof(object));
        table.Rows.Add(new HookItem(onShell: cancellation.Cancel));
        for (var i = 0; i < 5000; i++)
        {
            table.Rows.Add(DBNull.Value);
        }

        table.Rows.Add(new HookItem(onShell: () => reached = true));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            DeepCopier.Copy(table, new DeepCopyOptions { Strategy = strategy, CancellationToken = cancellation.Token }));
        Assert.False(reached, "The copy went on through 5,000 rows past the cancellation.");
    }
}
