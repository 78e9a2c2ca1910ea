#Requires -Version 7.2
# The runspace check on [DeepCopy.Core.TypePolicy] objects, through the wrappings that once got past it, against the
# staged module. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH. Errors are asserted by FullyQualifiedErrorId.

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'A [DeepCopy.Core.TypePolicy] that wraps a copier of another runspace' {
    It 'refuses a parent policy''s Copier given to Custom again, and a delegate over the parent delegate''s Invoke, under ForEach-Object -Parallel' {
        $modulePath = $env:DEEPCOPY_MODULE_PATH
        $parentCopier = [Func[object, object]] { param($source) , [Collections.ArrayList]::new(@('from the parent')) }
        $parentPolicy = [DeepCopy.Core.TypePolicy]::Custom($parentCopier)

        $results = 1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:modulePath
            $source = @{ list = [Collections.ArrayList]@(1) }
            $rewrapped = [DeepCopy.Core.TypePolicy]::Custom(($using:parentPolicy).Copier)
            $overInvoke = [DeepCopy.Core.TypePolicy]::Custom([Delegate]::CreateDelegate([Func[object, object]], $using:parentCopier, 'Invoke'))

            # InvalidTypePolicy is a terminating error.
            $rewrappedCopy = $null
            $overInvokeCopy = $null
            try { $rewrappedCopy = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = $rewrapped } } catch { $rewrappedError = $_ }
            try { $overInvokeCopy = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = $overInvoke } } catch { $overInvokeError = $_ }
            try { Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy $overInvoke } catch { $setError = $_ }
            [pscustomobject]@{
                Copied          = ($null -ne $rewrappedCopy) -or ($null -ne $overInvokeCopy)
                RewrappedError  = [string] $rewrappedError.FullyQualifiedErrorId
                OverInvokeError = [string] $overInvokeError.FullyQualifiedErrorId
                SetError        = [string] $setError.FullyQualifiedErrorId
                SessionCount    = @(Get-DeepCopyTypePolicy).Count
            }
        }

        Should-Be -Expected 4 -Actual @($results).Count
        foreach ($result in $results) {
            Should-BeFalse $result.Copied
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $result.RewrappedError
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $result.OverInvokeError
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.SetDeepCopyTypePolicyCommand' -Actual $result.SetError
            Should-Be -Expected 0 -Actual $result.SessionCount
        }
    }

    It 'runs the same wrappings of a copier of its own runspace, and shows its script block as the Copier' {
        $copier = { param($source) , [Collections.ArrayList]::new(@('from the copier')) }
        $given = [Func[object, object]] $copier
        $rewrapped = [DeepCopy.Core.TypePolicy]::Custom([DeepCopy.Core.TypePolicy]::Custom($given).Copier)
        $overInvoke = [DeepCopy.Core.TypePolicy]::Custom([Delegate]::CreateDelegate([Func[object, object]], $given, 'Invoke'))
        $multicast = [DeepCopy.Core.TypePolicy]::Custom([Delegate]::Combine([Func[object, object]] [Runtime.CompilerServices.RuntimeHelpers]::GetObjectValue, $given))
        $twoArguments = [DeepCopy.Core.TypePolicy]::Custom([Func[object, DeepCopy.Core.DeepCopyContext, object]] { param($source, $context) , [Collections.ArrayList]::new(@('two arguments')) })
        $source = @{ list = [Collections.ArrayList]@(1) }

        try {
            $copies = foreach ($policy in $rewrapped, $overInvoke, $multicast, $twoArguments) {
                Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = $policy }
            }
            Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy $rewrapped
            $info = Get-DeepCopyTypePolicy

            Should-Be -Expected 'from the copier' -Actual ([string] $copies[0].list[0])
            Should-Be -Expected 'from the copier' -Actual ([string] $copies[1].list[0])
            Should-Be -Expected 'from the copier' -Actual ([string] $copies[2].list[0])
            Should-Be -Expected 'two arguments' -Actual ([string] $copies[3].list[0])
            Should-BeSame -Expected $copier -Actual $info.Copier
        }
        finally {
            Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
        }
    }
}
