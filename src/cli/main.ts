console.log('govreport CLI');
