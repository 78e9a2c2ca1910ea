using System;
using System.Collections;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Xunit;

namespace DeepCopy.Tests.Support;

/// <summary>A real PowerShell runspace, for building PSObjects the way scripts build them and for reading variables back.</summary>
internal sealed class PowerShellSession : IDisposable
{
    private readonly PowerShell _shell = PowerShell.Create();

    public Runspace Runspace => _shell.Runspace;

    public Collection<PSObject> Invoke(string script, IDictionary? parameters = null)
    {
        _shell.Commands.Clear();
        _shell.Streams.ClearStreams();
        _shell.AddScript(script);
        if (parameters != null)
        {
            _shell.AddParameters(parameters);
        }

        var results = _shell.Invoke();
        if (_shell.HadErrors)
        {
            throw new InvalidOperationException("The script failed: " + string.Join("; ", _shell.Streams.Error.Select(e => e.ToString())));
        }

        return results;
    }

    public PSObject InvokeSingle(string script) => Assert.Single(Invoke(script));

    public object? GetVariable(string name) => _shell.Runspace.SessionStateProxy.GetVariable(name);

    public void Dispose() => _shell.Dispose();
}
